import type { CopyFacts } from './copy-facts.ts';
import type { DiscoveredPain } from './pain-discovery.ts';
import type { RankedPassage } from './knowledge-ranking.ts';

/**
 * Hands out the brief's facts one at a time so the beats of a variant never repeat the same
 * claim, and so each variant (offset) leads with a different benefit and pain.
 */
export class FactPool {
  private readonly taken = new Map<string, number>();
  private lastPain: DiscoveredPain | undefined;

  constructor(
    readonly facts: CopyFacts,
    private readonly offset: number,
  ) {}

  /** The pain the variant is about, without using it up (hooks peek, stages take). */
  leadPain(): DiscoveredPain {
    return this.rotating(this.topPains(), 'pain', false) as DiscoveredPain;
  }

  pain(): DiscoveredPain {
    this.lastPain = this.rotating(this.topPains(), 'pain', true) as DiscoveredPain;
    return this.lastPain;
  }

  /** The pain most recently taken, so agitation stays on the same problem. */
  currentPain(): DiscoveredPain {
    return this.lastPain ?? this.pain();
  }

  benefit(): string | undefined {
    return this.once(this.facts.benefits, 'benefit', this.offset);
  }

  proof(): string | undefined {
    return this.once(this.facts.proofs, 'proof', 0);
  }

  peekProof(): string | undefined {
    return this.facts.proofs[0];
  }

  /** Knowledge goes best-first for every variant: relevance beats variety. */
  knowledge(): RankedPassage | undefined {
    return this.once(this.facts.knowledge, 'knowledge', 0);
  }

  outcome(): string {
    return this.rotating(this.facts.outcomes, 'outcome', true) as string;
  }

  imagery(): string {
    return this.rotating(this.facts.imagery, 'imagery', true) as string;
  }

  private topPains(): DiscoveredPain[] {
    return this.facts.pains.slice(0, 3);
  }

  /** Each item at most once; undefined when exhausted. */
  private once<T>(items: readonly T[], key: string, start: number): T | undefined {
    const count = this.taken.get(key) ?? 0;
    if (count >= items.length) return undefined;
    this.taken.set(key, count + 1);
    return items[(start + count) % items.length];
  }

  /** Cycles forever; `advance` false peeks at the next one. */
  private rotating<T>(items: readonly T[], key: string, advance: boolean): T | undefined {
    if (items.length === 0) return undefined;
    const count = this.taken.get(key) ?? 0;
    if (advance) this.taken.set(key, count + 1);
    return items[(this.offset + count) % items.length];
  }
}
