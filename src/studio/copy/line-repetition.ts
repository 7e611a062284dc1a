import type { CopyFacts } from './copy-facts.ts';
import type { PlannedBeat } from './beat-timing.ts';
import type { DraftLine } from './frameworks/stage-spec.ts';
import { contentTerms, termOverlap } from './text-tokens.ts';

/** The terms of the product's and brand's names, which a line may repeat freely. */
export function nameTerms(facts: CopyFacts): ReadonlySet<string> {
  return new Set(contentTerms(`${facts.product} ${facts.brand}`));
}

/**
 * How much of a line repeats another, not counting the product's and brand's names: saying
 * the name again is how an ad works, saying the same thing again is not.
 */
export function repeats(line: string, earlier: string, names: ReadonlySet<string>): number {
  const rest = contentTerms(line).filter((t) => !names.has(t));
  return rest.length > 0 ? termOverlap(line, earlier, names) : termOverlap(line, earlier);
}

/** Within a beat, a line that mostly repeats an earlier one is dropped. */
export function withoutRepeats(lines: DraftLine[], names: ReadonlySet<string>): DraftLine[] {
  const kept: DraftLine[] = [];
  for (const line of lines) if (!kept.some((k) => repeats(line.text, k.text, names) >= 0.6)) kept.push(line);
  return kept;
}

/**
 * Across beats, the same thing is never said twice: a line that mostly repeats one already
 * said ("Tired of getting caught in the rain?" after the hook named it) goes, unless it is
 * all its beat has to say. An essential line (the product's introduction) gives way only to
 * another essential line, never to an optional one that happens to share its words; the hook
 * always stays.
 */
export function dedupeAcrossBeats(body: PlannedBeat[], names: ReadonlySet<string>): PlannedBeat[] {
  const said: DraftLine[] = [];
  return body.map((beat, b) => {
    const lines = beat.lines.filter((line, i) => {
      const repeat = said.some((s) => (s.essential || !line.essential) && repeats(line.text, s.text, names) >= 0.75);
      if (repeat && !(b === 0 && i === 0)) return false;
      said.push(line);
      return true;
    });
    return { ...beat, lines: lines.length > 0 ? lines : beat.lines.slice(0, 1) };
  });
}
