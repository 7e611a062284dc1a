import type { RankedPassage } from './knowledge-ranking.ts';
import type { DraftLine } from './frameworks/stage-spec.ts';
import { fitOnScreen, fitWords } from './line-fitting.ts';
import { compressSentence, dropSentence, wordCount, type IndexedLine } from './beat-compression.ts';
import { countWords } from './text-tokens.ts';

/** Speaking pace the voice-over is written for (150 words a minute). */
export const wordsPerSecond = 2.5;

export interface PlannedBeat {
  stage: string;
  onScreen: string;
  lines: DraftLine[];
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

/**
 * Sizes the copy to the clock. Every beat starts with its first and its kept lines; while the
 * body runs long, whole sentences go (optional first, the hook and knowledge quotes last),
 * and only when each beat is down to one sentence are sentences compressed. Spare time takes
 * optional lines back in. Beat lengths then follow what is said, scaled to fill the body
 * exactly, and the closing beat takes the reserved end.
 */
export function timeBeats(body: readonly PlannedBeat[], closing: PlannedBeat, durationSec: number): TimedBeat[] {
  const reserve = Math.min(closingReserve(durationSec), durationSec / 2);
  const bodyTime = durationSec - reserve;
  const minSeconds = Math.min(1.2, bodyTime / Math.max(1, body.length));
  const chosen: IndexedLine[][] = [];
  const spare: IndexedLine[][] = [];
  for (const beat of body) {
    const indexed = beat.lines.map((line, order) => ({ ...line, order }));
    chosen.push(indexed.filter((l) => l.order === 0 || l.keep || l.essential));
    spare.push(indexed.filter((l) => !(l.order === 0 || l.keep || l.essential)));
  }
  const need = (lines: IndexedLine[]) => Math.max(minSeconds, wordCount(lines) / wordsPerSecond);
  const total = () => chosen.reduce((sum, lines) => sum + need(lines), 0);

  for (let guard = 0; total() > bodyTime + 1e-9 && guard < 500; guard++) {
    if (!dropSentence(chosen) && !compressSentence(chosen, body)) break;
  }
  for (let added = true; added; ) {
    added = false;
    chosen.forEach((lines, i) => {
      const next = spare[i]?.shift();
      if (!next) return;
      const withNext = [...lines, next].sort((a, b) => a.order - b.order);
      if (total() - need(lines) + need(withNext) <= bodyTime + 1e-9) {
        chosen[i] = withNext;
        added = true;
      }
    });
  }

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

/** The first closing line that fits the reserve, else the shortest one cut to fit. */
function closingLine(lines: readonly DraftLine[], maxWords: number): string {
  const fitting = lines.find((l) => countWords(l.text) <= maxWords);
  if (fitting) return fitting.text;
  const shortest = [...lines].sort((a, b) => countWords(a.text) - countWords(b.text))[0];
  return shortest ? fitWords(shortest.text, maxWords) : '';
}

function round(seconds: number): number {
  return Math.round(seconds * 100) / 100;
}
