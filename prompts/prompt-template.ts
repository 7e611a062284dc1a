/**
 * The placeholders of a prompt body, a tiny Mustache subset: `{{name}}` inserts an argument,
 * `{{#name}}…{{/name}}` keeps its text only when the argument was given, `{{^name}}…{{/name}}`
 * only when it was not ("no" and "false" count as not given, for yes/no flags). Sections do not
 * nest within a section of the same name.
 */
const sectionPattern = /\{\{([#^])([a-zA-Z][a-zA-Z0-9_]*)\}\}([\s\S]*?)\{\{\/\2\}\}/g;
const variablePattern = /\{\{([a-zA-Z][a-zA-Z0-9_]*)\}\}/g;

export type TemplateValues = Readonly<Record<string, string | undefined>>;

/** A section tag alone on its line takes the line with it, so sections can wrap whole lines (as in Mustache). */
const standaloneTag = /^[ \t]*(\{\{[#^/][a-zA-Z][a-zA-Z0-9_]*\}\})[ \t]*\r?\n/gm;

export function renderTemplate(template: string, values: TemplateValues): string {
  let text = template.replace(standaloneTag, '$1');
  // Innermost sections first: repeat until nothing changes.
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(sectionPattern, (_match, kind: string, name: string, inner: string) => {
      const given = isGiven(values[name]);
      return (kind === '#') === given ? inner : '';
    });
  }
  text = text.replace(variablePattern, (_match, name: string) => values[name]?.trim() ?? '');
  // Dropped sections leave blank runs behind.
  return text.replace(/\n{3,}/g, '\n\n').trim();
}

/** Names used by a template, and anything malformed (an unclosed section, a stray tag). */
export function inspectTemplate(template: string): { names: Set<string>; problems: string[] } {
  const names = new Set<string>();
  let text = template;
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(sectionPattern, (_match, _kind: string, name: string, inner: string) => {
      names.add(name);
      return inner;
    });
  }
  for (const match of text.matchAll(variablePattern)) names.add(match[1] ?? '');
  const stray = text.replace(variablePattern, '').match(/\{\{[^}]*\}\}/g) ?? [];
  return { names, problems: stray.map((tag) => `unmatched or malformed tag ${tag}`) };
}

const falsy = new Set(['', 'no', 'false']);

function isGiven(value: string | undefined): boolean {
  return value !== undefined && !falsy.has(value.trim().toLowerCase());
}
