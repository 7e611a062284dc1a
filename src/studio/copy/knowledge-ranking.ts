import type { KnowledgePassage } from '../brief.ts';
import { contentTerms, splitSentences, words } from './text-tokens.ts';

export interface QueryTerm {
  term: string;
  weight: number;
}

export interface RankedPassage {
  passage: KnowledgePassage;
  score: number;
  /** The passage's most relevant sentence: what copy quotes. */
  excerpt: string;
  matchedTerms: string[];
}

const k1 = 1.2;
const b = 0.75;

/**
 * BM25 over the brand's knowledge passages, with weighted query terms (the brief's own words
 * weigh 1, sector expansions less). Only passages that share at least one term are returned;
 * ties go to passages with concrete facts (numbers, names).
 */
export function rankKnowledge(passages: readonly KnowledgePassage[], query: readonly QueryTerm[], limit = 3): RankedPassage[] {
  if (passages.length === 0 || query.length === 0) return [];
  const docs = passages.map((passage) => contentTerms(passage.text));
  const averageLength = docs.reduce((sum, doc) => sum + doc.length, 0) / docs.length || 1;
  const documentFrequency = new Map<string, number>();
  for (const doc of docs) for (const term of new Set(doc)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);

  const ranked: RankedPassage[] = [];
  passages.forEach((passage, index) => {
    const doc = docs[index] ?? [];
    const frequency = new Map<string, number>();
    for (const term of doc) frequency.set(term, (frequency.get(term) ?? 0) + 1);
    let score = 0;
    const matched: string[] = [];
    for (const { term, weight } of query) {
      const tf = frequency.get(term) ?? 0;
      if (tf === 0) continue;
      const n = documentFrequency.get(term) ?? 0;
      const idf = Math.log(1 + (passages.length - n + 0.5) / (n + 0.5));
      score += weight * idf * ((tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * doc.length) / averageLength)));
      matched.push(term);
    }
    if (score > 0) ranked.push({ passage, score: score + concreteness(passage.text) * 0.01, excerpt: bestSentence(passage.text, matched), matchedTerms: matched });
  });
  return ranked.sort((x, y) => y.score - x.score).slice(0, limit);
}

/** Merges duplicate terms, keeping the highest weight for each. */
export function mergeQuery(parts: ReadonlyArray<{ text: string; weight: number }>): QueryTerm[] {
  const weights = new Map<string, number>();
  for (const { text, weight } of parts) {
    for (const term of contentTerms(text)) weights.set(term, Math.max(weights.get(term) ?? 0, weight));
  }
  return [...weights].map(([term, weight]) => ({ term, weight }));
}

/** The sentence that carries most matched terms; concrete sentences win ties. */
function bestSentence(text: string, matched: readonly string[]): string {
  const wanted = new Set(matched);
  let best = '';
  let bestScore = -1;
  for (const sentence of splitSentences(text)) {
    const terms = contentTerms(sentence);
    const score = terms.filter((t) => wanted.has(t)).length + concreteness(sentence) * 0.1;
    if (score > bestScore) {
      best = sentence;
      bestScore = score;
    }
  }
  return (best || text).slice(0, 300);
}

/** Numbers and capitalised names mid-sentence: the stuff specific copy is made of. */
function concreteness(text: string): number {
  const tokens = words(text);
  return tokens.filter((token, i) => /\d/.test(token) || (i > 0 && /^\p{Lu}/u.test(token))).length;
}
