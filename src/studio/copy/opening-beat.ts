import type { Picker } from './brief-seed.ts';
import type { CopyFacts } from './copy-facts.ts';
import type { DraftLine, StageDraft } from './frameworks/stage-spec.ts';
import type { CopyVoice } from './voices/copy-voice.ts';
import type { PhrasingMemory } from './voices/shorter-phrasing.ts';
import { openingAllowance, wordsPerSecond } from './beat-timing.ts';
import { conceptCaption, type Hook } from './hook-writing.ts';
import { fitOnScreen } from './line-fitting.ts';
import { nameTerms, repeats } from './line-repetition.ts';
import { countWords } from './text-tokens.ts';

export interface OpeningRequest {
  facts: CopyFacts;
  voice: CopyVoice;
  memory: PhrasingMemory;
  pick: Picker;
  /** The variant's position: the lead variant (0) carries the concept. */
  index: number;
  durationSec: number;
  bodyBeats: number;
  /** A season's greeting ("Ramadan Kareem") that leads this cut whatever else must fit. */
  seasonGreeting?: string;
}

export interface Opening {
  hook: Hook;
  /** The concept in the speaker's words, said right after the hook. */
  concept?: DraftLine;
}

/**
 * The first beat: the hook, then the brief's concept in the speaker's words when the hook does
 * not already say it. The customer asked for that idea, so the lead variant always carries it;
 * other variants of a multi-variant cut keep their own angle (factory's lead variant is the
 * concept angle itself). When the hook and the concept cannot both open a short cut and leave
 * the other beats time to speak, the concept becomes the hook; a season's hook shrinks to its
 * greeting instead, since the greeting must open the cut.
 */
export function planOpening(written: Hook, request: OpeningRequest): Opening {
  const concept = conceptLine(written, request);
  if (!concept || fitsOpening([written.line, concept.text], request)) return concept ? { hook: written, concept } : { hook: written };
  if (request.seasonGreeting) return { hook: { line: `${request.seasonGreeting}.`, short: request.seasonGreeting }, concept };
  const line = request.memory.shorter(concept.text) ?? concept.text;
  const short = request.facts.concept ? conceptCaption(request.facts.concept) : fitOnScreen(line);
  return { hook: { line, short, carriesConcept: true } };
}

/**
 * The opening beat leads with the hook, spoken and on screen, then the concept line when there
 * is one. When the hook already states the stage's pain the stage's own lines become optional;
 * otherwise its first line stays.
 */
export function openWithHook(draft: StageDraft | undefined, opening: Opening): void {
  if (!draft) return;
  const { hook, concept } = opening;
  draft.onScreen = hook.short;
  const stageLines = draft.lines.map((l, i) => ({ ...l, keep: Boolean(l.passage) || (!hook.painLed && i === 0) }));
  draft.lines = [{ text: hook.line, keep: true, essential: true }, ...(concept ? [concept] : []), ...stageLines];
}

function conceptLine(hook: Hook, request: OpeningRequest): DraftLine | undefined {
  const concept = request.facts.concept;
  if (!concept || request.index > 0 || hook.carriesConcept) return undefined;
  // Judged on the concept's own words: a hook that only names the product ("Nitro Cold Brew") has not said it.
  if (repeats(concept.phrase, hook.line, nameTerms(request.facts)) >= 0.6) return undefined;
  return { text: request.voice.concept(concept, request.facts, request.pick), essential: true };
}

/** Whether these opening lines leave every other beat time to say a short sentence. */
function fitsOpening(lines: readonly string[], request: OpeningRequest): boolean {
  const words = lines.reduce((sum, line) => sum + countWords(line), 0);
  return words / wordsPerSecond <= openingAllowance(request.durationSec, request.bodyBeats) + 1e-9;
}
