import type { RankedPassage } from './knowledge-ranking.ts';
import type { DraftLine } from './frameworks/stage-spec.ts';
import { asSentence, fitOnScreen, fitWords } from './line-fitting.ts';
import { priority, shortenBody, shorterOf, speakable, wordCount, type CompressionRules, type IndexedLine } from './beat-compression.ts';
import { countWords, splitSentences } from './text-tokens.ts';

/** Speaking pace the voice-over is written for (150 words a minute). */
export const wordsPerSecond = 2.5;

export interface PlannedBeat {
  stage: string;
  onScreen: string;
  lines: DraftLine[];
  /** Other captions the beat could show (see caption-distinction.ts). */
  altCaptions?: string[];
}

export interface TimedBeat {
  stage: string;
  onScreen: string;
  voiceOver: string;
  start: number;
  end: number;
  passages: RankedPassage[];
}

/** Seconds kept at the end for the end card and its call to action. */
export function closingReserve(durationSec: number): number {
  if (durationSec <= 12) return 2;
  if (durationSec <= 20) return 2.5;
  return 3;
}

/** Time a beat needs to say one short sentence (five words at speaking pace). */
export const shortSentenceSeconds = 2;

/** Seconds the opening beat may speak for while every other body beat still says a short sentence. */
export function openingAllowance(durationSec: number, bodyBeats: number): number {
  const bodyTime = durationSec - Math.min(closingReserve(durationSec), durationSec / 2);
  return bodyTime - (bodyBeats - 1) * Math.min(shortSentenceSeconds, bodyTime / Math.max(1, bodyBeats));
}

/**
 * Sizes the copy to the clock. Every beat starts with its first and its kept lines; while the
 * body runs long it gets shorter one whole sentence at a time (see beat-compression.ts), never
 * by cutting a spoken sentence mid-phrase. Spare time takes optional lines back in. Beat lengths then follow what is said, scaled to fill the body
 * exactly, and the closing beat takes the reserved end.
 */
export function timeBeats(body: readonly PlannedBeat[], closing: PlannedBeat, durationSec: number, rules: CompressionRules = { allowsSilence: true }): TimedBeat[] {
  const reserve = Math.min(closingReserve(durationSec), durationSec / 2);
  const bodyTime = durationSec - reserve;
  const minSeconds = Math.min(1.2, bodyTime / Math.max(1, body.length));
  const chosen: IndexedLine[][] = [];
  const drafted: IndexedLine[][] = [];
  for (const beat of body) {
    const indexed = beat.lines.map((line, order) => ({ ...line, order }));
    drafted.push(indexed);
    chosen.push(indexed.filter((l) => l.order === 0 || l.keep || l.essential).map((l) => ({ ...l })));
  }
  const need = (lines: IndexedLine[]) => Math.max(minSeconds, wordCount(lines) / wordsPerSecond);
  const total = () => chosen.reduce((sum, lines) => sum + need(lines), 0);

  for (let guard = 0; total() > bodyTime + 1e-9 && guard < 500; guard++) {
    if (!shortenBody(chosen, body, rules)) break;
  }
  refill(chosen, drafted, bodyTime, need, rules);
  if (!rules.allowsSilence) speakCaptions(chosen, body, bodyTime, need);

  const needs = chosen.map(need);
  const scale = bodyTime / needs.reduce((a, b) => a + b, 0);
  const timed: TimedBeat[] = [];
  let clock = 0;
  body.forEach((beat, i) => {
    const start = clock;
    clock += (needs[i] ?? minSeconds) * scale;
    const lines = chosen[i] ?? [];
    timed.push({
      stage: beat.stage,
      onScreen: fitOnScreen(beat.onScreen),
      voiceOver: lines.map((l) => l.text).join(' '),
      start: round(start),
      end: i === body.length - 1 ? round(bodyTime) : round(clock),
      passages: lines.flatMap((l) => (l.passage ? [l.passage] : [])),
    });
  });
  timed.push({
    stage: closing.stage,
    onScreen: fitOnScreen(closing.onScreen),
    voiceOver: closingLine(closing.lines, Math.floor(reserve * wordsPerSecond)),
    start: round(bodyTime),
    end: round(durationSec),
    passages: [],
  });
  return timed;
}

/**
 * Spare time takes back what did not make it, a silent beat's lines first, then the most
 * important: a line dropped to make room before an optional one, in the speaker's shorter
 * words when only those fit.
 */
function refill(chosen: IndexedLine[][], drafted: readonly IndexedLine[][], bodyTime: number, need: (lines: IndexedLine[]) => number, rules: CompressionRules): void {
  const total = () => chosen.reduce((sum, lines) => sum + need(lines), 0);
  const candidates = drafted
    .flatMap((lines, beat) => lines.filter((l) => !(chosen[beat] ?? []).some((c) => c.order === l.order)).map((line) => ({ beat, line, silent: (chosen[beat] ?? []).length === 0 })))
    .sort((a, b) => Number(b.silent) - Number(a.silent) || priority(b.line) - priority(a.line) || a.beat - b.beat || a.line.order - b.line.order);
  const saidAlready = (text: string) => chosen.some((lines) => lines.some((l) => l.text.toLowerCase() === text.toLowerCase()));
  for (const { beat, line } of candidates) {
    const current = chosen[beat] ?? [];
    const shorter = shorterOf(line, rules);
    // A line that came back as its beat's caption is not said a second time.
    for (const text of (shorter ? [line.text, shorter] : [line.text]).filter((t) => !saidAlready(t))) {
      const withLine = [...current, { ...line, text }].sort((a, b) => a.order - b.order);
      if (total() - need(current) + need(withLine) <= bodyTime + 1e-9) {
        chosen[beat] = withLine;
        break;
      }
    }
  }
}

/** A speaker who never falls silent says a silent beat's caption when it is a whole phrase that fits. */
function speakCaptions(chosen: IndexedLine[][], body: readonly PlannedBeat[], bodyTime: number, need: (lines: IndexedLine[]) => number): void {
  const total = () => chosen.reduce((sum, lines) => sum + need(lines), 0);
  chosen.forEach((lines, beat) => {
    const caption = body[beat]?.onScreen ?? '';
    if (lines.length > 0 || !speakable(caption, caption)) return;
    const said = [{ text: asSentence(caption), order: 0 }];
    if (total() - need(lines) + need(said) <= bodyTime + 1e-9) chosen[beat] = said;
  });
}

/** The first closing line (or sentence of one) that fits the reserve; only then a line cut where a phrase ends. */
function closingLine(lines: readonly DraftLine[], maxWords: number): string {
  const sentences = [...lines.map((l) => l.text), ...lines.flatMap((l) => splitSentences(l.text))];
  const fitting = sentences.find((text) => countWords(text) <= maxWords);
  if (fitting) return fitting;
  const shortest = [...sentences].sort((a, b) => countWords(a) - countWords(b))[0];
  return shortest ? fitWords(shortest, maxWords) : '';
}

function round(seconds: number): number {
  return Math.round(seconds * 100) / 100;
}
