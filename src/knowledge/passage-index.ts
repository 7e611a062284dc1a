import MiniSearch from 'minisearch';
import { indexTerm } from './search-terms.ts';

export interface IndexedPassage {
  id: string;
  text: string;
}

export interface PassageHit {
  id: string;
  /** BM25+ score, unbounded. */
  score: number;
}

/**
 * Full-text ranking over one account's passages (MiniSearch, BM25+). Words of four letters or
 * more also match as prefixes ("organ" finds "organic") and words of six or more forgive one typo.
 */
export class PassageIndex {
  readonly #search = new MiniSearch<IndexedPassage>({
    fields: ['text'],
    storeFields: [],
    // Letters and digits in any script; simpler than MiniSearch's default, and a fifth faster to index.
    tokenize: (text) => text.split(/[^\p{L}\p{N}]+/u),
    processTerm: indexTerm,
    searchOptions: { combineWith: 'OR', prefix: (term) => term.length >= 4, weights: { fuzzy: 0.3, prefix: 0.6 } },
  });

  get size(): number {
    return this.#search.documentCount;
  }

  /** Indexes in slices, yielding between them: 20,000 passages take seconds, which must not freeze the server. */
  add(passages: readonly IndexedPassage[]): Promise<void> {
    return this.#search.addAllAsync(passages, { chunkSize: 250 });
  }

  remove(ids: readonly string[]): void {
    const present = ids.filter((id) => this.#search.has(id));
    if (present.length > 0) this.#search.discardAll(present);
  }

  /**
   * The best `limit` passages, best first; none when no query word is in the index. Typo
   * tolerance is tried only when exact and prefix matching find fewer than `limit`: it multiplies
   * the terms looked up, and a query that already matches needs no guessing.
   */
  search(query: string, limit: number): PassageHit[] {
    let results = this.#search.search(query);
    if (results.length < limit) results = this.#search.search(query, { fuzzy: (term) => (term.length >= 6 ? 1 : false) });
    return results.slice(0, limit).map((result) => ({ id: String(result.id), score: result.score }));
  }
}
