/**
 * The front matter of our prompt files: a strict, small subset of YAML — `key: value` lines and
 * one list of `- key: value` maps — so no YAML library is needed and nothing is guessed. Anything
 * outside the subset is an error naming the file and line, caught by the tests at load time.
 */
export type FrontMatterValue = string | Array<Record<string, string>>;

export interface ParsedMarkdown {
  data: Record<string, FrontMatterValue>;
  body: string;
}

export class FrontMatterError extends Error {
  override readonly name = 'FrontMatterError';
}

const fence = '---';
const keyLine = /^([A-Za-z][A-Za-z0-9_]*):(?:\s+(.*))?$/;

export function parseFrontMatter(text: string, file: string): ParsedMarkdown {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== fence) throw new FrontMatterError(`${file}: must start with a "---" front matter block`);
  const end = lines.indexOf(fence, 1);
  if (end < 0) throw new FrontMatterError(`${file}: the front matter block is not closed with "---"`);

  const data: Record<string, FrontMatterValue> = {};
  let list: Array<Record<string, string>> | null = null;
  let item: Record<string, string> | null = null;
  const fail = (index: number, why: string) => new FrontMatterError(`${file}:${index + 1}: ${why}`);

  for (let index = 1; index < end; index++) {
    const raw = lines[index] ?? '';
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    const indent = raw.length - raw.trimStart().length;
    const content = raw.trim();

    if (indent === 0) {
      const match = keyLine.exec(content);
      if (!match) throw fail(index, `expected "key: value", got "${content}"`);
      const [, key = '', value] = match;
      if (key in data) throw fail(index, `"${key}" is given twice`);
      if (value === undefined || value === '') {
        list = [];
        item = null;
        data[key] = list;
      } else {
        list = null;
        data[key] = scalar(value, () => fail(index, 'unterminated quoted value'));
      }
      continue;
    }

    if (!list) throw fail(index, 'indented line outside a list');
    const entry = content.startsWith('- ') ? content.slice(2).trim() : null;
    const match = keyLine.exec(entry ?? content);
    if (!match || match[2] === undefined) throw fail(index, `expected "- key: value" or "key: value" in a list item, got "${content}"`);
    const [, key = '', value] = match;
    if (entry !== null) {
      item = {};
      list.push(item);
    } else if (!item) {
      throw fail(index, 'a list item must start with "- "');
    }
    if (key in item) throw fail(index, `"${key}" is given twice in one item`);
    item[key] = scalar(value, () => fail(index, 'unterminated quoted value'));
  }

  return { data, body: lines.slice(end + 1).join('\n').trim() };
}

/** A plain or quoted scalar; double quotes follow JSON escapes, single quotes are literal. */
function scalar(value: string, unterminated: () => Error): string {
  const text = value.trim();
  if (text.startsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed === 'string') return parsed;
    } catch {
      // fall through to the error
    }
    throw unterminated();
  }
  if (text.startsWith("'")) {
    if (text.length < 2 || !text.endsWith("'")) throw unterminated();
    return text.slice(1, -1);
  }
  return text;
}
