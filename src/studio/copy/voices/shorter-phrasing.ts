import type { Picker } from '../brief-seed.ts';
import { countWords } from '../text-tokens.ts';
import type { CopyVoice } from './copy-voice.ts';

/** The shorter way a voice could have said a line, for the timing step to fall back on. */
export interface PhrasingMemory {
  shorter(text: string): string | undefined;
}

/** Always picks the option with the fewest words (the first among equals). */
const shortestPicker: Picker = (items) =>
  items.reduce((best, item) => (countWords(String(item)) < countWords(String(best)) ? item : best), items[0] as (typeof items)[number]);

/**
 * Wraps a voice so that every line it says also remembers its shortest phrasing: the same act
 * asked again with a picker that prefers the fewest words ("Picture a rain jacket…" instead of
 * "Picture this: a rain jacket…"). When a beat runs long, the timing step says that shorter
 * sentence instead of cutting the line mid-phrase.
 */
export function withShorterPhrasings(voice: CopyVoice): { voice: CopyVoice; memory: PhrasingMemory } {
  const shorter = new Map<string, string>();
  const wrapped = Object.fromEntries(
    Object.entries(voice).map(([key, value]) => {
      if (typeof value !== 'function') return [key, value];
      const act = value as (...args: unknown[]) => string | undefined;
      return [
        key,
        (...args: unknown[]) => {
          const said = act(...args);
          // The picker is the only function an act receives; without one there is no alternative.
          if (said === undefined || !args.some((a) => typeof a === 'function')) return said;
          const alternative = act(...args.map((a) => (typeof a === 'function' ? shortestPicker : a)));
          if (alternative && countWords(alternative) < countWords(said)) shorter.set(said, alternative);
          return said;
        },
      ];
    }),
  ) as unknown as CopyVoice;
  return { voice: wrapped, memory: { shorter: (text) => shorter.get(text) } };
}

/** Every phrasing a voice act offers ("Why wait another day?", "Start today, not someday."), for alternative captions. */
export function allPhrasings(say: (pick: Picker) => string | undefined): string[] {
  const offered: string[] = [];
  const recorder: Picker = (items) => {
    for (const item of items) if (typeof item === 'string') offered.push(item);
    return items[0] as (typeof items)[number];
  };
  say(recorder);
  return [...new Set(offered)];
}
