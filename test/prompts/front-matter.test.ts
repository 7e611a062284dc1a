import { describe, expect, it } from 'vitest';
import { FrontMatterError, parseFrontMatter } from '../../prompts/front-matter.ts';

const parse = (text: string) => parseFrontMatter(text, 'test.md');

describe('parseFrontMatter', () => {
  it('reads scalars, quoted scalars, a list of maps and the body', () => {
    const parsed = parse(
      [
        '---',
        'name: sample_prompt',
        '# a comment',
        'title: "Quoted: with \\"escapes\\""',
        "description: 'single # quoted'",
        'arguments:',
        '  - name: concept',
        '    description: The concept',
        '    required: true',
        '  - name: formats',
        '    complete: formats',
        '---',
        '',
        'Body with {{concept}}.',
        '',
      ].join('\n'),
    );
    expect(parsed.data).toEqual({
      name: 'sample_prompt',
      title: 'Quoted: with "escapes"',
      description: 'single # quoted',
      arguments: [
        { name: 'concept', description: 'The concept', required: 'true' },
        { name: 'formats', complete: 'formats' },
      ],
    });
    expect(parsed.body).toBe('Body with {{concept}}.');
  });

  it('accepts Windows line endings and a byte-order mark', () => {
    expect(parse('\uFEFF---\r\nname: x\r\n---\r\nHi\r\n')).toEqual({ data: { name: 'x' }, body: 'Hi' });
  });

  it.each([
    ['no front matter', 'Just text', /must start with a "---"/],
    ['an unclosed block', '---\nname: x\n', /not closed/],
    ['a line that is not key: value', '---\nname x\n---\nbody', /test\.md:2: expected "key: value"/],
    ['a repeated key', '---\nname: a\nname: b\n---\nbody', /test\.md:3: "name" is given twice/],
    ['an indented line outside a list', '---\nname: a\n  title: b\n---\nbody', /indented line outside a list/],
    ['a list item without "- "', '---\nitems:\n    name: a\n---\nbody', /must start with "- "/],
    ['an unterminated quote', '---\nname: "open\n---\nbody', /unterminated quoted value/],
    ['an item key without a value', '---\nitems:\n  - name:\n---\nbody', /expected "- key: value"/],
  ])('refuses %s, naming the file and line', (_label, text, message) => {
    expect(() => parse(text)).toThrow(FrontMatterError);
    expect(() => parse(text)).toThrow(message);
  });
});
