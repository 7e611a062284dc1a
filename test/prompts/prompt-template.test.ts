import { describe, expect, it } from 'vitest';
import { inspectTemplate, renderTemplate } from '../../prompts/prompt-template.ts';

describe('renderTemplate', () => {
  it('inserts values and keeps {{#x}} sections only when x is given, {{^x}} only when it is not', () => {
    const template = 'Concept: {{concept}}.{{#formats}} Formats: {{formats}}.{{/formats}}{{^formats}} Default formats.{{/formats}}';
    expect(renderTemplate(template, { concept: 'Golden hour', formats: '9:16' })).toBe('Concept: Golden hour. Formats: 9:16.');
    expect(renderTemplate(template, { concept: 'Golden hour' })).toBe('Concept: Golden hour. Default formats.');
    expect(renderTemplate(template, { concept: 'Golden hour', formats: '   ' })).toBe('Concept: Golden hour. Default formats.');
  });

  it('treats "no" and "false" as not given, for yes/no flags', () => {
    const template = '{{#extra}}with extra{{/extra}}{{^extra}}without{{/extra}}';
    expect(renderTemplate(template, { extra: 'yes' })).toBe('with extra');
    expect(renderTemplate(template, { extra: 'No' })).toBe('without');
    expect(renderTemplate(template, { extra: 'false' })).toBe('without');
  });

  it('renders nested sections of different names and squeezes the blank lines dropped sections leave', () => {
    const template = 'A\n\n{{#a}}\nhas a{{#b}} and b{{/b}}\n{{/a}}\n\n\nZ';
    expect(renderTemplate(template, { a: '1', b: '1' })).toBe('A\n\nhas a and b\n\nZ');
    expect(renderTemplate(template, {})).toBe('A\n\nZ');
  });

  it('drops the lines of section tags that stand alone, so sections can wrap whole lines', () => {
    const template = 'Sources:\n{{#site}}\n  - index {{site}}\n{{/site}}\n{{^site}}\n  - ask for the site\n{{/site}}\n  - upload documents';
    expect(renderTemplate(template, { site: 'https://example.com' })).toBe('Sources:\n  - index https://example.com\n  - upload documents');
    expect(renderTemplate(template, {})).toBe('Sources:\n  - ask for the site\n  - upload documents');
  });

  it('inserts a value verbatim, even one that looks like a tag', () => {
    expect(renderTemplate('Say {{text}}', { text: '{{#x}}hi{{/x}}' })).toBe('Say {{#x}}hi{{/x}}');
  });
});

describe('inspectTemplate', () => {
  it('lists every name used, in sections and variables', () => {
    const { names, problems } = inspectTemplate('{{a}} {{#b}}{{c}}{{/b}} {{^d}}x{{/d}}');
    expect([...names].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(problems).toEqual([]);
  });

  it('reports unclosed sections and stray closing tags', () => {
    expect(inspectTemplate('{{#a}} never closed').problems).toEqual(['unmatched or malformed tag {{#a}}']);
    expect(inspectTemplate('text {{/a}}').problems).toEqual(['unmatched or malformed tag {{/a}}']);
    expect(inspectTemplate('{{ spaced }}').problems).toEqual(['unmatched or malformed tag {{ spaced }}']);
  });
});
