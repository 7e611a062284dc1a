import type { DraftLine } from './frameworks/stage-spec.ts';
import type { PlannedBeat } from './beat-timing.ts';
import { asSentence, capitalize, fitWords } from './line-fitting.ts';
import { countWords } from './text-tokens.ts';

/**
 * How a voice-over that runs long gets shorter, one step at a time, losing as little meaning
 * as possible: whole optional sentences first, then lead-ins, then captions said aloud, then
 * a minor beat left silent, and trailing words only as a last resort.
 */
export interface IndexedLine extends DraftLine {
  /** Position in the beat's draft, so re-added lines keep their order. */
  order: number;
}

export function wordCount(lines: readonly DraftLine[]): number {
  return lines.reduce((sum, l) => sum + countWords(l.text), 0);
}

function priority(line: IndexedLine): number {
  if (line.essential || line.passage) return 3;
  if (line.keep) return 2;
  return line.order === 0 ? 1 : 0;
}

/** Drops the least important sentence from a beat that has more than one. */
export function dropSentence(chosen: IndexedLine[][]): boolean {
  let target: { beat: number; index: number; rank: number } | undefined;
  chosen.forEach((lines, beat) => {
    if (lines.length < 2) return;
    lines.forEach((line, index) => {
      const rank = priority(line) * 1000 - wordCount(lines);
      if (priority(line) < 3 && (!target || rank < target.rank || (rank === target.rank && index > target.index))) target = { beat, index, rank };
    });
  });
  if (!target) return false;
  chosen[target.beat]?.splice(target.index, 1);
  return true;
}

/**
 * Makes the body shorter without breaking a sentence where possible, in this order: drop a
 * lead-in ("Fun fact: …"); say a beat's caption instead of a longer line; leave a minor beat
 * to its caption alone (no voice); and only then cut trailing words.
 */
export function compressSentence(chosen: IndexedLine[][], body: readonly PlannedBeat[]): boolean {
  return dropLeadIn(chosen) || sayCaption(chosen, body, false) || silenceBeat(chosen) || sayCaption(chosen, body, true) || cutWords(chosen);
}

function dropLeadIn(chosen: IndexedLine[][]): boolean {
  const target = chosen
    .flat()
    .filter((line) => !line.essential)
    .map((line) => ({ line, rest: line.text.match(/^[^:]{3,60}:\s+(.{12,})$/)?.[1] }))
    .filter((c): c is { line: IndexedLine; rest: string } => Boolean(c.rest))
    .sort((a, b) => countWords(b.line.text) - countWords(a.line.text))[0];
  if (!target) return false;
  target.line.text = capitalize(target.rest);
  return true;
}

/** The wordiest one-line beat whose caption is shorter says the caption instead. */
function sayCaption(chosen: IndexedLine[][], body: readonly PlannedBeat[], includeEssential: boolean): boolean {
  let best: { line: IndexedLine; caption: string; saved: number } | undefined;
  chosen.forEach((lines, beat) => {
    const line = lines[0];
    const caption = body[beat]?.onScreen;
    if (lines.length !== 1 || !line || line.passage || (line.essential && !includeEssential) || !caption) return;
    const saved = countWords(line.text) - countWords(caption);
    if (saved > 0 && (!best || saved > best.saved)) best = { line, caption, saved };
  });
  if (!best) return false;
  best.line.text = asSentence(best.caption);
  return true;
}

/** The wordiest beat with nothing essential in it goes quiet and lets its caption speak. */
function silenceBeat(chosen: IndexedLine[][]): boolean {
  let target = -1;
  let most = 0;
  chosen.forEach((lines, beat) => {
    const count = wordCount(lines);
    if (count > most && lines.every((l) => priority(l) < 3)) {
      most = count;
      target = beat;
    }
  });
  if (target < 0) return false;
  chosen[target] = [];
  return true;
}

/** Last resort: trailing words go, from optional lines first and knowledge quotes last. */
function cutWords(chosen: IndexedLine[][]): boolean {
  const all = chosen.flat();
  const tiers = [all.filter((l) => priority(l) < 3), all.filter((l) => !l.passage), all];
  const pool = tiers.find((tier) => tier.some((l) => countWords(l.text) > 2)) ?? all;
  const longest = pool.reduce<IndexedLine | undefined>((a, b) => (!a || countWords(b.text) > countWords(a.text) ? b : a), undefined);
  if (!longest || countWords(longest.text) <= 2) return false;
  const shorter = fitWords(longest.text, countWords(longest.text) - 1);
  if (countWords(shorter) >= countWords(longest.text)) return false;
  longest.text = shorter;
  return true;
}
