import { describe, expect, it } from 'vitest';
import { mergeQuery, rankKnowledge } from '../../../src/studio/copy/knowledge-ranking.ts';

const passages = [
  { id: 'a', source: 'kb', text: 'Our office is closed on public holidays.' },
  { id: 'b', source: 'kb', text: 'Every bottle is refilled by hand. Our perfumers blend jasmine picked at dawn.' },
  { id: 'c', source: 'kb', text: 'Shipping takes three to five days.' },
];

describe('rankKnowledge', () => {
  it('ranks passages by shared terms and returns the best sentence as the excerpt', () => {
    const ranked = rankKnowledge(passages, mergeQuery([{ text: 'perfumers who blend jasmine, and a bottle', weight: 1 }]));
    expect(ranked.map((r) => r.passage.id)).toEqual(['b']);
    expect(ranked[0]!.excerpt).toBe('Our perfumers blend jasmine picked at dawn.');
    expect(ranked[0]!.matchedTerms).toEqual(expect.arrayContaining(['jasmine']));
  });

  it('weights terms: a strong match outranks a weak one', () => {
    const query = mergeQuery([
      { text: 'shipping', weight: 1 },
      { text: 'holidays', weight: 0.2 },
    ]);
    expect(rankKnowledge(passages, query).map((r) => r.passage.id)).toEqual(['c', 'a']);
  });

  it('returns nothing when nothing is relevant', () => {
    expect(rankKnowledge(passages, mergeQuery([{ text: 'mortgage rates', weight: 1 }]))).toEqual([]);
  });
});
