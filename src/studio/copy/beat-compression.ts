import type { DraftLine } from './frameworks/stage-spec.ts';
import type { PlannedBeat } from './beat-timing.ts';
import { asSentence, capitalize, fitsOnScreen, fitWords } from './line-fitting.ts';
import { contentTerms, countWords, splitSentences, termOverlap } from './text-tokens.ts';

/**
 * How a voice-over that runs long gets shorter, one step at a time, losing as little meaning
 * as possible. A spoken line is never cut mid-phrase: a beat says fewer sentences, a shorter
 * sentence (one of several, its caption, the speaker's shorter phrasing) or, where the speaker
 * allows it, nothing at all.
 */
export interface IndexedLine extends DraftLine {
  /** Position in the beat's draft, so re-added lines keep their order. */
  order: number;
}

export interface CompressionRules {
  /** Whether a beat may go silent and let its caption carry it (a film may; a face on camera may not). */
  allowsSilence: boolean;
  /** The speaker's shorter way of saying a line, when it has one. */
  shorter?: (text: string) => string | undefined;
}

export function wordCount(lines: readonly DraftLine[]): number {
  return lines.reduce((sum, l) => sum + countWords(l.text), 0);
}

export function priority(line: IndexedLine): number {
  if (line.essential || line.passage) return 3;
  if (line.keep) return 2;
  return line.order === 0 ? 1 : 0;
}

/**
 * One step shorter, the cheapest loss first: the same line in the speaker's shorter words; an
 * optional sentence; a lead-in ("Fun fact: …"); a tag sentence ("… I checked."); a beat's whole
 * caption said instead of a longer line; a kept sentence; a line's short form; the hook's
 * trailing sentence; a minor beat left to its caption (when the speaker allows silence); then
 * the same for the essential lines, a knowledge quote last of all. The hook and the concept in
 * the first beat are never dropped. False when nothing is left to cut.
 */
export function shortenBody(chosen: IndexedLine[][], body: readonly PlannedBeat[], rules: CompressionRules): boolean {
  return (
    sayShorter(chosen, (line) => rules.shorter?.(line.text)) ||
    dropLine(chosen, (line) => priority(line) <= 1) ||
    dropLeadIn(chosen) ||
    oneSentenceOnly(chosen, false) ||
    sayCaption(chosen, body, false) ||
    dropLine(chosen, (line) => priority(line) <= 2) ||
    sayShorter(chosen, (line) => line.shorter) ||
    oneSentenceOnly(chosen, true) ||
    (rules.allowsSilence && silenceBeat(chosen, body, false)) ||
    sayCaption(chosen, body, true) ||
    dropLine(chosen, (line, beat) => !line.essential || beat > 0) ||
    silenceBeat(chosen, body, true) ||
    shortenHook(chosen)
  );
}

/** Drops the least important droppable sentence from a beat that has more than one, from the wordiest beat first. */
function dropLine(chosen: IndexedLine[][], droppable: (line: IndexedLine, beat: number) => boolean): boolean {
  let target: { beat: number; index: number; rank: number } | undefined;
  chosen.forEach((lines, beat) => {
    if (lines.length < 2) return;
    lines.forEach((line, index) => {
      const rank = priority(line) * 1000 - wordCount(lines);
      if (droppable(line, beat) && (!target || rank < target.rank || (rank === target.rank && index > target.index))) target = { beat, index, rank };
    });
  });
  if (!target) return false;
  chosen[target.beat]?.splice(target.index, 1);
  return true;
}

/**
 * The wordiest line that has a shorter form says that instead: first the speaker's own shorter
 * phrasing (same meaning, fewer words), later a line's drafted short form (a theme's caption).
 */
function sayShorter(chosen: IndexedLine[][], shorterFor: (line: IndexedLine) => string | undefined): boolean {
  const target = chosen
    .flat()
    // The hook stays as written: it is the variant's `hook` too.
    .filter((line) => line !== chosen[0]?.[0])
    .map((line) => ({ line, shorter: shorterFor(line) }))
    .filter((c): c is { line: IndexedLine; shorter: string } => c.shorter !== undefined && countWords(c.shorter) < countWords(c.line.text))
    .sort((a, b) => countWords(b.line.text) - countWords(a.line.text))[0];
  if (!target) return false;
  target.line.text = target.shorter;
  delete target.line.shorter;
  return true;
}

/** The line's own shorter form, else the speaker's shorter phrasing of it. */
export function shorterOf(line: DraftLine, rules: CompressionRules): string | undefined {
  return line.shorter ?? rules.shorter?.(line.text);
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

/**
 * The wordiest line made of several sentences keeps one: the hook its opening ("Ramadan
 * Kareem."), any other line its most telling ("Nothing worked. Soaked before you're halfway
 * there." → the second).
 */
function oneSentenceOnly(chosen: IndexedLine[][], includeEssential: boolean): boolean {
  const hook = chosen[0]?.[0];
  const target = chosen
    .flat()
    .filter((line) => !line.passage && (includeEssential || !line.essential))
    .map((line) => ({ line, first: oneSentence(line.text, line === hook) }))
    .filter((c): c is { line: IndexedLine; first: string } => c.first !== undefined)
    .sort((a, b) => countWords(b.line.text) - countWords(a.line.text))[0];
  if (!target) return false;
  target.line.text = target.first;
  return true;
}

/** One sentence of several that says something on its own (not just "Okay."); undefined when there is none. */
function oneSentence(text: string, opening: boolean): string | undefined {
  const sentences = splitSentences(text);
  if (sentences.length < 2) return undefined;
  const mostTelling = [...sentences].sort((a, b) => contentTerms(b).length - contentTerms(a).length || countWords(b) - countWords(a))[0] ?? '';
  const first = sentences[0] ?? '';
  // A rhythm line ("Pick. Wear. Repeat.") is one thought: it is not split into single words.
  const kept = opening && countWords(first) >= 2 ? first : mostTelling;
  return countWords(kept) >= 2 && countWords(kept) < countWords(text) ? kept : undefined;
}

/** The wordiest one-line beat whose caption is a whole, shorter phrase says the caption instead. */
function sayCaption(chosen: IndexedLine[][], body: readonly PlannedBeat[], includeEssential: boolean): boolean {
  let best: { line: IndexedLine; caption: string; saved: number } | undefined;
  chosen.forEach((lines, beat) => {
    const line = lines[0];
    const caption = body[beat]?.onScreen;
    // The hook is said as written: its caption may be only its opening words.
    if (lines.length !== 1 || !line || beat === 0 || line.passage || (line.essential && !includeEssential) || !caption) return;
    // A minor line may give way to its beat's caption; an essential one only to a caption that says the same.
    if (!speakable(caption, line.essential ? line.text : caption)) return;
    const saved = countWords(line.text) - countWords(caption);
    if (saved > 0 && (!best || saved > best.saved)) best = { line, caption, saved };
  });
  if (!best) return false;
  best.line.text = asSentence(best.caption);
  return true;
}

/**
 * A caption can be said in place of a line when it is a whole phrase of two words or more and
 * says what the line says (a benefit's caption never replaces the product's introduction);
 * pass the caption itself as `line` when any whole caption will do.
 */
export function speakable(caption: string, line: string): boolean {
  return countWords(caption) >= 2 && fitsOnScreen(caption) && termOverlap(caption, line) >= 0.5;
}

/** The wordiest beat (never the opening one) goes quiet and lets its caption speak. */
function silenceBeat(chosen: IndexedLine[][], body: readonly PlannedBeat[], includeEssential: boolean): boolean {
  let target = -1;
  let most = 0;
  chosen.forEach((lines, beat) => {
    const count = wordCount(lines);
    const minor = includeEssential || lines.every((l) => priority(l) < 3);
    if (beat > 0 && count > most && minor && countWords(body[beat]?.onScreen ?? '') >= 2) {
      most = count;
      target = beat;
    }
  });
  if (target < 0) return false;
  chosen[target] = [];
  return true;
}

/**
 * Only when the hook alone outlasts the body: it keeps its most telling clause ("Quick question:
 * are you …?" → "Are you …?"), and only failing that its opening phrase, never a dangling word.
 */
function shortenHook(chosen: IndexedLine[][]): boolean {
  const hook = chosen[0]?.[0];
  if (!hook || countWords(hook.text) <= 3) return false;
  const clauses = hook.text.split(/(?<=[:;,])\s+|\s+[—–]\s+/).filter((c) => countWords(c) >= 2 && countWords(c) < countWords(hook.text));
  const clause = [...clauses].sort((a, b) => contentTerms(b).length - contentTerms(a).length)[0];
  const shorter = clause ? asSentence(capitalize(clause.replace(/[:;,]$/, ''))) : fitWords(hook.text, countWords(hook.text) - 1);
  if (countWords(shorter) >= countWords(hook.text)) return false;
  hook.text = shorter;
  return true;
}
