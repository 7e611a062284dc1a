import type { Brief } from '../brief.ts';
import type { IndustryProfile } from './industry-profile.ts';
import { readConcept, type ConceptIdea } from './concept-reading.ts';
import { isCountable } from './countable-nouns.ts';
import { clampChars } from './line-fitting.ts';

export interface ProductNaming {
  /** The product's proper name when a page gives one ("Ambre Doré", "Drift Packable Rain Jacket"). */
  name?: string;
  /** How a sentence refers to it: "the Drift Packable Rain Jacket", "Ambre Doré". */
  reference?: string;
  /** What it is, in plain words: "luxury perfume". */
  kind: string;
  /** Pictures the concept asks for: "golden tones". */
  imagery: string[];
  /** The brief's concept as copy, when it has one. */
  concept?: ConceptIdea;
}

/** A name is said aloud in a two-second beat and must fit a caption beside a price. */
const maxNameWords = 5;
const maxNameChars = 40;

/** Reads the product's name from the page title and its kind and imagery from the concept. */
export function nameProduct(brief: Brief, profile: IndustryProfile, titleIsOurs: boolean): ProductNaming {
  const concept = readConcept(brief.concept, brief.brand.name);
  const name = titleIsOurs ? productTitle(brief.source?.title, [brief.brand.name, brief.source?.siteName ?? '']) : undefined;
  return {
    ...(name ? { name, reference: productReference(name) } : {}),
    kind: concept?.kind ?? profile.productNoun,
    imagery: concept?.imagery ?? [],
    ...(concept ? { concept } : {}),
  };
}

/**
 * "Ambre Doré Eau de Parfum | Maison Lumière" → "Ambre Doré". A long title loses its
 * qualifiers ("for Men", "with Hood", sizes), then the brand prefix, then leading modifiers:
 * never its last word, the head noun that says what the thing is ("Jacket").
 */
export function productTitle(title: string | undefined, brandNames: readonly string[]): string | undefined {
  if (!title) return undefined;
  const brands = brandNames.filter(Boolean).map((n) => n.toLowerCase());
  const segments = title
    .split(/\s+[|–—-]\s+|\s*\|\s*|:\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 1 && !brands.includes(s.toLowerCase()) && !/^(home|shop|official site|buy online)$/i.test(s));
  const first = segments[0] ? withoutQualifiers(segments[0]) : '';
  if (!first) return undefined;
  let words = first.split(/\s+/);
  if (isTooLong(words)) words = withoutBrandPrefix(words, brands);
  while (isTooLong(words) && words.length > 1) words = words.slice(1);
  return clampChars(words.join(' '), maxNameChars);
}

/** "the Drift Packable Rain Jacket" when its head noun is a countable thing; a proper name stands alone. */
export function productReference(name: string): string {
  return isCountable(name) && !/^the\s/i.test(name) ? `the ${name}` : name;
}

function isTooLong(words: readonly string[]): boolean {
  return words.length > maxNameWords || words.join(' ').length > maxNameChars;
}

function withoutBrandPrefix(words: string[], brands: readonly string[]): string[] {
  for (const brand of brands) {
    const size = brand.split(/\s+/).length;
    if (words.length > size && words.slice(0, size).join(' ').toLowerCase() === brand) return words.slice(size);
  }
  return words;
}

/** Drops what follows the name on shop pages: "(3-pack)", "for Men", "with Hood", "Eau de Parfum", "50 ml". */
function withoutQualifiers(segment: string): string {
  const cut = segment
    .replace(/\s*[([].*$/, '')
    .replace(/,.*$/, '')
    .replace(/\s+(?:for|with|in|by|featuring|incl\.?|including)\s+.*$/i, '')
    .trim();
  const base = cut || segment;
  return base.replace(genericTail, '').trim() || base;
}

/**
 * Descriptors that follow a product's name on shop pages: a fragrance's concentration ("Eau de
 * Parfum": the name is "Ambre Doré") and sizes ("50 ml", "3 pack"). A real head noun stays.
 */
const genericTail =
  /(?:\s+(?:eau de (?:parfum|toilette|cologne)|extrait(?: de parfum)?|edp|edt|parfum|perfume|cologne|\d+\s?(?:ml|g|oz|fl\.? oz|pack|pcs))\b)+\s*$/i;
