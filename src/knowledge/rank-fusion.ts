/** The constant of the original paper: damps the gap between first and second place. */
const k = 60;

/**
 * Reciprocal rank fusion: each list votes 1/(k + rank) for its ids, so a passage ranked well by
 * both full text and vectors beats one ranked first by either alone, with no need to make BM25
 * and cosine scores comparable. Scores are scaled to 0–1 (1: first in every list).
 */
export function fuseRankings(rankings: ReadonlyArray<readonly string[]>): Array<{ id: string; score: number }> {
  const scores = new Map<string, number>();
  for (const ranking of rankings) {
    ranking.forEach((id, index) => scores.set(id, (scores.get(id) ?? 0) + 1 / (k + index + 1)));
  }
  const best = rankings.length / (k + 1);
  return [...scores]
    .map(([id, score]) => ({ id, score: Math.min(1, score / best) }))
    .sort((a, b) => b.score - a.score);
}
