import type { DiscoveredPain } from './pain-discovery.ts';
import { mergeQuery, rankKnowledge } from './knowledge-ranking.ts';

/** How much being about this product can add to a pain's evidence score. */
const relevanceWeight = 2;
/** A sector default that shares nothing with the product is only a fallback. */
const fallbackFactor = 0.5;

/**
 * Orders pains by evidence and by relevance to the product (its concept, title and claims),
 * using the same BM25 ranking as the knowledge base. A sector's stock pain that never touches
 * what this product is ("clothes that lose their shape" for a packable rain jacket) sinks below
 * every pain that does, so it is used only when nothing better is known.
 */
export function rankByRelevance(pains: readonly DiscoveredPain[], productContext: string): DiscoveredPain[] {
  const query = mergeQuery([{ text: productContext, weight: 1 }]);
  const passages = pains.map((p, i) => ({ id: String(i), source: 'pain', text: painText(p) }));
  const ranked = rankKnowledge(passages, query, pains.length);
  const best = ranked[0]?.score ?? 0;
  const relevance = new Map(ranked.map((r) => [r.passage.id, best > 0 ? r.score / best : 0]));
  return pains
    .map((p, i) => {
      const r = relevance.get(String(i)) ?? 0;
      const fallback = r === 0 && p.sources.every((s) => s === 'industry');
      return { ...p, score: fallback ? p.score * fallbackFactor : p.score + relevanceWeight * r };
    })
    .sort((a, b) => b.score - a.score);
}

/** The pain's words plus the brief text it was read from (a sector default has none). */
function painText(p: DiscoveredPain): string {
  const evidence = p.sources.some((s) => s !== 'industry') ? p.evidence : [];
  return [p.phrase, ...evidence].join('. ');
}
