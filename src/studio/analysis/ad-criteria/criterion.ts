/** The ad under critique, pre-split the ways the criteria read it. */
export interface AdText {
  text: string;
  firstLine: string;
  sentences: string[];
  brand: string;
}

/** One scored criterion: 0–100, how much it counts, what was found, and what to do about it. */
export interface CriterionResult {
  id: string;
  label: string;
  weight: number;
  score: number;
  evidence: string[];
  advice?: string;
}

export function boundedScore(value: number): number {
  return Math.round(Math.min(100, Math.max(0, value)));
}

/** Distinct matches of a pattern (global), in order, as written in the text. */
export function findAll(text: string, pattern: RegExp): string[] {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  return [...new Set([...text.matchAll(new RegExp(pattern.source, flags))].map((m) => m[0].trim()))];
}
