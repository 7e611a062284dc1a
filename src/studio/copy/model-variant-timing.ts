import type { ScriptVariant } from '../script.ts';
import type { ModelVariant } from './model-script-output.ts';
import { timeBeats, type PlannedBeat } from './beat-timing.ts';
import type { DraftLine } from './frameworks/stage-spec.ts';
import type { RankedPassage } from './knowledge-ranking.ts';
import { splitSentences, termOverlap } from './text-tokens.ts';
import { clampChars, fitOnScreen } from './line-fitting.ts';
import { roleOfStage } from './stage-role.ts';

export interface NormalisedVariant {
  variant: ScriptVariant;
  /** Knowledge passages the model's lines quote and that survived timing. */
  passages: RankedPassage[];
}

/**
 * A model's variant under our rules: captions cut to six words, voice-over sized to the
 * clock by the same timing the offline writer uses (sentence by sentence, knowledge quotes
 * kept longest), and a closing beat with the CTA.
 */
export function normaliseModelVariant(variant: ModelVariant, index: number, durationSec: number, closingName: string, knowledge: readonly RankedPassage[]): NormalisedVariant {
  const last = variant.beats[variant.beats.length - 1];
  const hasClosing = last !== undefined && roleOfStage(last.stage) === 'cta';
  const bodyBeats = hasClosing ? variant.beats.slice(0, -1) : variant.beats;
  const body: PlannedBeat[] = bodyBeats.map((beat, i) => ({
    stage: beat.stage,
    onScreen: beat.onScreen,
    lines: sentenceLines(beat.voiceOver, i === 0, knowledge),
  }));
  const closing: PlannedBeat = {
    stage: hasClosing && last ? last.stage : closingName,
    onScreen: variant.cta,
    lines: [{ text: hasClosing && last ? last.voiceOver : `${variant.cta}.`, keep: true }, { text: `${variant.cta}.` }],
  };
  const timed = timeBeats(body, closing, durationSec);
  const scriptVariant: ScriptVariant = {
    id: `v${index + 1}`,
    angle: variant.angle,
    hook: variant.hook,
    headline: clampChars(variant.headline, 80),
    cta: variant.cta,
    beats: timed.map((beat, i) => ({
      id: `b${i + 1}`,
      stage: beat.stage,
      onScreen: beat.onScreen || fitOnScreen(beat.stage),
      voiceOver: clampChars(beat.voiceOver, 400),
      start: beat.start,
      end: beat.end,
    })),
  };
  return { variant: scriptVariant, passages: timed.flatMap((beat) => beat.passages) };
}

/** Each sentence is its own line, so timing drops whole sentences; quotes carry their passage. */
function sentenceLines(voiceOver: string, opening: boolean, knowledge: readonly RankedPassage[]): DraftLine[] {
  const sentences = splitSentences(voiceOver);
  return (sentences.length > 0 ? sentences : [voiceOver]).map((text, i) => {
    const passage = knowledge.find((k) => termOverlap(k.excerpt, text) >= 0.5);
    return { text, keep: true, essential: opening && i === 0, ...(passage ? { passage } : {}) };
  });
}
