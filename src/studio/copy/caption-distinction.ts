import { capitalize, fitsOnScreen, withoutFinalStop } from './line-fitting.ts';
import { countWords, splitSentences } from './text-tokens.ts';

/** A beat as the distinction step sees it: its caption, what it says, and what else it could have said. */
export interface CaptionedBeat {
  onScreen: string;
  voiceOver: string;
  /** Captions the beat's stage offered as alternatives ("Drift Packable Rain Jacket: $79"). */
  alternatives: readonly string[];
  drafted: readonly string[];
}

/**
 * Captions are what a viewer scrolling with the sound off reads, so within a variant no caption
 * repeats, and in a multi-variant cut (factory) no beat shows the same caption as the same beat
 * of an earlier variant. A repeated caption is replaced by one drawn from what the beat itself
 * says, then from its stage's alternatives and what it was drafted to say, never cut mid-phrase;
 * when there is none, it stays.
 * `taken[i]` holds the captions earlier variants showed at beat i.
 */
export function distinctCaptions(beats: readonly CaptionedBeat[], taken: ReadonlyArray<ReadonlySet<string>> = []): string[] {
  const seen = new Set<string>();
  return beats.map((beat, i) => {
    const clash = (caption: string) => seen.has(key(caption)) || Boolean(taken[i]?.has(key(caption)));
    let caption = beat.onScreen;
    if (clash(caption)) {
      // Only a sentence or clause that fits whole: a caption is never a cut line ("Say hello").
      const alternatives = [...wholeClauses(beat.voiceOver), ...beat.alternatives, ...beat.drafted.flatMap(wholeClauses)]
        .map((c) => capitalize(withoutFinalStop(c)))
        .filter((c) => countWords(c) >= 2 && fitsOnScreen(c));
      caption = alternatives.find((c) => !clash(c)) ?? caption;
    }
    seen.add(key(caption));
    return caption;
  });
}

/** A text's sentences, and the clauses of each (split at a colon, semicolon or dash). */
function wholeClauses(text: string): string[] {
  return splitSentences(text).flatMap((sentence) => [sentence, ...sentence.split(/[:;]\s+|\s+[—–]\s+/).slice(1)]);
}

/** Captions compare without case or trailing punctuation. */
export function captionKey(caption: string): string {
  return key(caption);
}

function key(caption: string): string {
  return caption.toLowerCase().replace(/[.!?,;:\s]+$/, '').trim();
}
