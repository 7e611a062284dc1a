import { describe, expect, it } from 'vitest';
import { chunkPassages } from '../../src/knowledge/chunk-passages.ts';

const options = { targetChars: 100, maxChars: 150 };

describe('chunkPassages', () => {
  it('packs short blocks together in reading order, keeping a heading with its paragraph', () => {
    const passages = chunkPassages(['About us', 'We roast coffee in Lisbon every Tuesday.', 'Shipping', 'Orders ship within two days.'], options);
    expect(passages).toEqual(['About us. We roast coffee in Lisbon every Tuesday. Shipping. Orders ship within two days.']);
  });

  it('closes a passage near the target size and splits long blocks at sentences', () => {
    const sentence = (i: number) => `Sentence number ${i} says one thing about the product.`;
    const block = Array.from({ length: 12 }, (_, i) => sentence(i)).join(' ');
    const passages = chunkPassages([block], options);
    expect(passages.length).toBeGreaterThan(3);
    for (const passage of passages) expect(passage.length).toBeLessThanOrEqual(150);
    expect(passages.join(' ')).toBe(block);
  });

  it('cuts a line without spaces into pieces no longer than the maximum', () => {
    const passages = chunkPassages(['x'.repeat(1000)], options);
    expect(passages.every((passage) => passage.length <= 150)).toBe(true);
    expect(passages.join('').replace(/ /g, '')).toBe('x'.repeat(1000));
  });

  it('collapses whitespace and drops empty blocks', () => {
    expect(chunkPassages(['  a \n\t b  ', '', '   '], options)).toEqual(['a b']);
  });
});
