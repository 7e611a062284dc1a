import type { Brief } from '../brief.ts';

/**
 * Deterministic variety: every choice the studio makes "at random" is seeded by a hash of the
 * brief's content, so the same brief always yields the same script and storyboard while two
 * different briefs drift apart.
 */
export function briefSeed(brief: Brief): number {
  return hashText(stableJson(brief));
}

/** FNV-1a, 32-bit: small, fast and stable across runs and platforms. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Picks one item, the same one for the same seed and salt. */
export function pickSeeded<T>(items: readonly T[], seed: number, salt: string | number = 0): T {
  if (items.length === 0) throw new RangeError('pickSeeded needs at least one item');
  const index = hashText(`${seed}:${salt}`) % items.length;
  return items[index] as T;
}

/** A picker bound to one seed: each call with a new salt draws independently. */
export type Picker = <T>(items: readonly T[], salt: string) => T;

export function seededPicker(seed: number): Picker {
  return (items, salt) => pickSeeded(items, seed, salt);
}

/** JSON with object keys sorted, so key order in the input never changes the seed. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
