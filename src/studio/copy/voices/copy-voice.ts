import type { Picker } from '../brief-seed.ts';
import type { ConceptIdea } from '../concept-reading.ts';
import type { CopyFacts } from '../copy-facts.ts';
import type { DiscoveredPain } from '../pain-discovery.ts';

export const voiceIds = ['narrator', 'testimonial', 'presenter', 'storyteller', 'film'] as const;
export type VoiceId = (typeof voiceIds)[number];

/**
 * Who is speaking and how. Frameworks decide WHAT each beat says (a pain, a benefit, a proof);
 * the voice decides HOW it is said: "Tired of …?" (narrator), "I was so done with …"
 * (influencer), "Let's talk about …" (presenter), "We were tired of …" (brand story) or
 * "… Again." (concept film). Every act returns one full sentence.
 */
export interface CopyVoice {
  id: VoiceId;
  /** For the model prompt: who speaks. */
  description: string;
  /**
   * Whether a beat may go without speech and let its caption carry it. A film can hold a
   * silent picture; a person talking to camera does not fall silent mid-script.
   */
  allowsSilence: boolean;
  pain(p: DiscoveredPain, f: CopyFacts, pick: Picker): string;
  agitate(p: DiscoveredPain, f: CopyFacts, pick: Picker): string;
  /** The brief's concept in this speaker's words: "So I found a rain jacket that disappears into my pocket." */
  concept(c: ConceptIdea, f: CopyFacts, pick: Picker): string;
  introduce(f: CopyFacts, pick: Picker): string;
  benefit(benefit: string, f: CopyFacts, pick: Picker): string;
  proof(claim: string, f: CopyFacts, pick: Picker): string;
  fact(excerpt: string, f: CopyFacts): string;
  outcome(outcome: string, f: CopyFacts, pick: Picker): string;
  audience(f: CopyFacts, pick: Picker): string;
  /** Undefined when the brief has neither a price nor an offer: no invented deals. */
  offer(f: CopyFacts, pick: Picker): string | undefined;
  urgency(f: CopyFacts, pick: Picker): string;
  close(cta: string, f: CopyFacts): string;
}
