import type { Storyboard, Typography } from '../storyboard.ts';
import type { PaletteShift } from './palette-shift.ts';

/** One thing a reviewer asked for, as data. */
export type DirectionNote =
  | { kind: 'palette'; shift: PaletteShift }
  | { kind: 'pace'; faster: boolean }
  | { kind: 'minimal' }
  | { kind: 'product-photo' }
  | { kind: 'music'; enabled: boolean }
  | { kind: 'voice'; enabled: boolean }
  | { kind: 'headline'; text: string }
  | { kind: 'cta'; text: string }
  | { kind: 'text-size'; larger: boolean }
  | { kind: 'uppercase'; on: boolean }
  | { kind: 'font'; display: Typography['display'] }
  | { kind: 'mood'; mood: Storyboard['music']['mood'] };

export type SaidNote = DirectionNote & { said: string };

export interface ParsedNotes {
  notes: SaidNote[];
  /** Parts of the notes no rule understood, reported back rather than silently dropped. */
  unrecognised: string[];
}

const quoted = /\b(headline|title|tagline|cta|call[- ]to[- ]action|button)\b[^"“”]{0,40}["“]([^"”]{1,90})["”]/gi;

/** "less warm" means cooler: negations are rewritten before the rules read the clause. */
const negations: ReadonlyArray<[RegExp, string]> = [
  [/\bless (warm|warmer)\b/g, 'cooler'],
  [/\bless (cool|cold)\b/g, 'warmer'],
  [/\bless (dark|moody)\b/g, 'brighter'],
  [/\bless (bright|light)\b/g, 'darker'],
  [/\bless (fast|rushed|hectic)\b/g, 'slower'],
  [/\bless (slow|sleepy)\b/g, 'faster'],
];

const rules: ReadonlyArray<[RegExp, DirectionNote]> = [
  [/\b(no|without|mute|kill|drop) (the )?(music|soundtrack)\b/, { kind: 'music', enabled: false }],
  [/\b(add|with|bring back|turn on) (some |the )?music\b/, { kind: 'music', enabled: true }],
  [/\b(no|without|mute|drop) (the )?(voice|voice-?over|vo|narration|narrator)\b|\bsilent\b/, { kind: 'voice', enabled: false }],
  [/\b(add|with|bring back) (a |the )?(voice|voice-?over|narration|narrator)\b/, { kind: 'voice', enabled: true }],
  [/\bwarm(er|th)?\b/, { kind: 'palette', shift: 'warmer' }],
  [/\b(cool(er)?|colder|icier)\b/, { kind: 'palette', shift: 'cooler' }],
  [/\b(dark(er)?|moodier|moody|night)\b/, { kind: 'palette', shift: 'darker' }],
  [/\b(bright(er)?|lighter|airier)\b/, { kind: 'palette', shift: 'brighter' }],
  [/\b(vivid|saturated|colou?rful|punchier colou?rs|pop)\b/, { kind: 'palette', shift: 'more vivid' }],
  [/\b(muted|desaturat\w*|subtle colou?rs|softer colou?rs|pastel)\b/, { kind: 'palette', shift: 'more muted' }],
  [/\b(fast(er)?|quick(er)?|snappy|snappier|pacier|more energy|energetic)\b/, { kind: 'pace', faster: true }],
  [/\b(slow(er)?|calm(er)?|relaxed|gentler|breathe)\b/, { kind: 'pace', faster: false }],
  [/\b(minimal|minimalist|simpler|cleaner|less (text|clutter)|declutter|fewer (words|details))\b/, { kind: 'minimal' }],
  [/\b(product (photo|image|shot|picture)s?|show the product|use the (photo|image|picture))\b/, { kind: 'product-photo' }],
  [/\b(bigger|larger) (text|type|font|captions)\b|\btext (bigger|larger)\b/, { kind: 'text-size', larger: true }],
  [/\bsmaller (text|type|font|captions)\b|\btext smaller\b/, { kind: 'text-size', larger: false }],
  [/\b(all caps|uppercase|upper-case|capitals)\b/, { kind: 'uppercase', on: true }],
  [/\b(no caps|sentence case|lowercase|lower-case)\b/, { kind: 'uppercase', on: false }],
  [/\b(serif|elegant|classy|luxurious) (font|type|typography)?/, { kind: 'font', display: 'Playfair Display' }],
  [/\b(bold|condensed|poster|impact) (font|type|typography)\b/, { kind: 'font', display: 'Bebas Neue' }],
  [/\b(sans|sans-serif|modern|clean) (font|type|typography)\b/, { kind: 'font', display: 'Inter' }],
  [/\b(dramatic|epic|cinematic)\b/, { kind: 'mood', mood: 'epic' }],
  [/\b(tense|suspense|suspenseful)\b/, { kind: 'mood', mood: 'tense' }],
  [/\b(upbeat|happy|cheerful|fun)\b/, { kind: 'mood', mood: 'bright' }],
];

/** Reads plain-language review notes ("warmer, faster, no music, headline \"Wear the light\""). */
export function parseDirectionNotes(text: string): ParsedNotes {
  const notes: SaidNote[] = [];
  const rest = text.replace(quoted, (match, field: string, value: string) => {
    const kind = /headline|title|tagline/i.test(field) ? 'headline' : 'cta';
    notes.push({ kind, text: value.trim(), said: match.trim() });
    return ' ';
  });
  const unrecognised: string[] = [];
  // Saying the same thing twice ("slower, more relaxed") is one direction, applied once.
  const seen = new Set<string>();
  for (const raw of rest.split(/[.;,\n!?]+|\band\b|\bbut\b|\balso\b/i)) {
    const clause = raw.trim();
    if (!/[a-z]{3}/i.test(clause)) continue;
    let lowered = clause.toLowerCase();
    for (const [pattern, replacement] of negations) lowered = lowered.replace(pattern, replacement);
    const matched = rules.filter(([pattern]) => pattern.test(lowered));
    for (const [, note] of matched) {
      const key = JSON.stringify(note);
      if (seen.has(key)) continue;
      seen.add(key);
      notes.push({ ...note, said: clause });
    }
    if (matched.length === 0) unrecognised.push(clause);
  }
  return { notes, unrecognised };
}
