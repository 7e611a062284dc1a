import type { Brief } from '../brief.ts';
import type { IndustryProfile } from './industry-profile.ts';
import { clampChars } from './line-fitting.ts';

export interface ProductNaming {
  /** The product's proper name when a page gives one ("Ambre Doré Eau de Parfum"). */
  name?: string;
  /** What it is, in plain words: "luxury perfume". */
  kind: string;
  /** Pictures the concept asks for: "golden tones". */
  imagery: string[];
}

const formatWords = /\b(?:ads?|advert(?:isement)?s?|commercials?|videos?|films?|spots?|campaigns?|promos?|teasers?|reels?|clips?)\b/gi;
const clauseBreak = /\s+(?:with|featuring|showing|where|that|which|set in|about|starring|in which)\s+|[,.;:!?—–]\s*|\s+-\s+/i;

/** Reads the product's name from the page title and its kind and imagery from the concept. */
export function nameProduct(brief: Brief, profile: IndustryProfile, titleIsOurs: boolean): ProductNaming {
  const fromConcept = parseConcept(brief.concept ?? '', brief.brand.name);
  const name = titleIsOurs ? productTitle(brief.source?.title, [brief.brand.name, brief.source?.siteName ?? '']) : undefined;
  return {
    ...(name ? { name } : {}),
    kind: fromConcept.kind ?? profile.productNoun,
    imagery: fromConcept.imagery,
  };
}

/** "Ambre Doré Eau de Parfum | Maison Lumière" → "Ambre Doré Eau de Parfum". */
export function productTitle(title: string | undefined, brandNames: readonly string[]): string | undefined {
  if (!title) return undefined;
  const brands = brandNames.filter(Boolean).map((n) => n.toLowerCase());
  const segments = title
    .split(/\s+[|–—-]\s+|\s*\|\s*|:\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 1 && !brands.includes(s.toLowerCase()) && !/^(home|shop|official site|buy online)$/i.test(s));
  const first = segments[0]?.replace(genericTail, '').trim();
  if (!first) return undefined;
  // A name is said aloud in a two-second beat: keep it to the words that make it a name.
  const words = first.split(/\s+/);
  return clampChars(words.length > 3 ? words.slice(0, 3).join(' ') : first, 40);
}

/** Descriptors that follow a product's name on shop pages: "Eau de Parfum", "50 ml", "– 3 pack". */
const genericTail =
  /(?:\s+(?:eau de (?:parfum|toilette|cologne)|extrait(?: de parfum)?|edp|edt|parfum|perfume|cologne|serum|cream|moisturi[sz]er|cleanser|\d+\s?(?:ml|g|oz|fl\.? oz|pack|pcs))\b)+\s*$/i;

function parseConcept(concept: string, brand: string): { kind?: string; imagery: string[] } {
  const text = concept.trim().replace(/^(?:an?|the)\s+/i, '');
  if (!text) return { imagery: [] };
  const [head = '', ...rest] = text.split(clauseBreak);
  const kind = head
    .replace(formatWords, ' ')
    .replace(new RegExp(`\\bfor\\s+${escape(brand)}\\b|\\b${escape(brand)}(?:'s)?\\b`, 'gi'), ' ')
    .replace(/\bfor\s*$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  const kindWords = kind.split(' ').filter(Boolean);
  const imagery = rest
    .flatMap((part) => part.split(/\s+and\s+/i))
    .map((part) => part.replace(formatWords, '').replace(/\s+/g, ' ').trim())
    .filter((part) => part.split(' ').length >= 2 && part.split(' ').length <= 8)
    .slice(0, 3);
  if (kindWords.length === 0 || kindWords.length > 4) return { imagery: kindWords.length > 4 ? [head.trim(), ...imagery].slice(0, 3) : imagery };
  return { kind: kind.toLowerCase(), imagery };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
