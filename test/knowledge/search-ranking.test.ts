import { beforeAll, describe, expect, it } from 'vitest';
import { PassageIndex } from '../../src/knowledge/passage-index.ts';
import { fuseRankings } from '../../src/knowledge/rank-fusion.ts';
import { decodeVector, encodeVector, nearestVectors, normalizeVector } from '../../src/knowledge/vector-ranking.ts';

describe('PassageIndex (BM25 over passages)', () => {
  const index = new PassageIndex();
  beforeAll(() =>
    index.add([
      { id: 'a', text: 'Our linen shirts are woven in Porto from organic flax.' },
      { id: 'b', text: 'Shipping takes two days within the EU; returns are free for 30 days.' },
      { id: 'c', text: 'The linen is washed twice so the shirts never shrink.' },
    ]),
  );

  it('ranks passages sharing rarer query words first, and ignores stopwords', () => {
    const hits = index.search('linen shirts from Porto', 5);
    expect(hits.map((hit) => hit.id)).toEqual(['a', 'c']);
    expect(index.search('the and of', 5)).toEqual([]);
  });

  it('matches plurals, prefixes and a typo in a long word', () => {
    expect(index.search('shirt', 5).map((hit) => hit.id).sort()).toEqual(['a', 'c']);
    expect(index.search('organ', 5).map((hit) => hit.id)).toEqual(['a']);
    expect(index.search('shippping', 5).map((hit) => hit.id)).toEqual(['b']);
  });

  it('forgets removed passages', async () => {
    const local = new PassageIndex();
    await local.add([{ id: 'x', text: 'kettle' }, { id: 'y', text: 'kettle mug' }]);
    local.remove(['x', 'missing']);
    expect(local.search('kettle', 5).map((hit) => hit.id)).toEqual(['y']);
    expect(local.size).toBe(1);
  });
});

describe('hybrid ranking parts', () => {
  it('fuses rankings by reciprocal rank: agreement beats a single first place', () => {
    const fused = fuseRankings([
      ['a', 'b', 'c'],
      ['b', 'd', 'a'],
    ]);
    expect(fused.map((entry) => entry.id)).toEqual(['b', 'a', 'd', 'c']);
    expect(fused[0]!.score).toBeLessThanOrEqual(1);
    expect(fuseRankings([['only']])[0]).toEqual({ id: 'only', score: 1 });
  });

  it('finds nearest unit vectors by cosine and round-trips them through base64', () => {
    const vectors = new Map([
      ['north', normalizeVector([0, 1, 0])],
      ['east', normalizeVector([1, 0, 0])],
      ['north-east', normalizeVector([1, 1, 0])],
    ]);
    expect(nearestVectors(normalizeVector([0.1, 1, 0]), vectors, 2).map((hit) => hit.id)).toEqual(['north', 'north-east']);
    const vector = normalizeVector([3, 4, 12]);
    expect([...decodeVector(encodeVector(vector))]).toEqual([...vector]);
  });
});
