import type { PainKind } from '../industry-profile.ts';
import { asSentence, capitalize, lowerFirst, withoutFinalStop } from '../line-fitting.ts';
import type { CopyFacts } from '../copy-facts.ts';
import { isPlural } from '../countable-nouns.ts';

/**
 * What each kind of pain costs, for agitation lines. Each is a noun phrase that reads after
 * "It adds up:", "And the cost?", "Left alone, it means" and "Nothing worked. Just".
 */
export const painStakes: Record<PainKind, string> = {
  time: 'hours you never get back',
  money: 'money you never see again',
  quality: 'one letdown after another',
  effort: 'effort that goes nowhere',
  confidence: 'that sinking feeling, every single time',
  trust: 'promises that never deliver',
  health: 'your body paying the price',
};

/** A claim as it reads mid-sentence: "long-lasting 12-hour wear". */
export function inline(text: string): string {
  return lowerFirst(withoutFinalStop(text.trim()));
}

/** True when the product's name already says the brand ("Drift Packable Rain Jacket" by Drift). */
export function namesBrand(f: CopyFacts): boolean {
  if (f.product === f.brand) return true;
  const brand = f.brand.trim().toLowerCase();
  return brand.length > 0 && ` ${f.product.toLowerCase()} `.includes(` ${brand} `);
}

/** "Ambre Doré by Maison Lumière"; the name alone when it already says the brand, never "Drift … by Drift". */
export function productByBrand(f: CopyFacts, by = 'by'): string {
  return namesBrand(f) ? f.productRef : `${f.productRef} ${by} ${f.brand}`;
}

/** Who it is for, short enough for a caption: the brief's audience, or the sector's word for it. */
export function audienceLabel(f: CopyFacts): string {
  return f.audience.split(/\s+/).length <= 4 ? f.audience : f.profile.audienceNoun;
}

/** The product opening a sentence: "The Drift Packable Rain Jacket". */
export function productSubject(f: CopyFacts): string {
  return capitalize(f.productRef);
}

/** The verb form that agrees with the product: "comes" for a jacket, "come" for meal kits. */
export function agrees(f: CopyFacts, singular: string, plural: string): string {
  return isPlural(f.product) ? plural : singular;
}

/**
 * A knowledge passage retold by someone outside the brand: "Our bottles …" becomes
 * "Maison Lumière's bottles …", "We …" becomes "They …".
 */
export function outsiderFact(excerpt: string, brand: string): string {
  const retold = excerpt
    .trim()
    .replace(/^Our\b/, `${brand}'s`)
    .replace(/^We\b/, 'They')
    .replace(/^Us\b/, 'Them')
    .replace(/\bour\b/g, 'their')
    .replace(/\bwe\b/g, 'they')
    .replace(/\bus\b/g, 'them')
    .replace(/\bwe're\b/gi, "they're")
    .replace(/\bwe've\b/gi, "they've");
  return asSentence(retold);
}

const claimVerbs = new Set(
  `weighs lasts ships keeps fits works dries includes comes makes saves cleans removes charges delivers runs holds protects
  helps gives takes brings cuts reduces boosts stays feels smells looks arrives uses turns connects syncs supports offers
  absorbs blocks lets repels softens heals tracks sets installs fades wears travels folds packs rolls stows zips clips
  breathes stretches locks seals fights hydrates lifts sheds resists withstands handles washes pairs glows brews steeps
  cooks heats cools lights plays measures`.split(/\s+/),
);

/** Past participles that open a predicate: "Made in Portugal", "Hand-blended with Grasse jasmine". */
const irregularParticiples = new Set('made built sewn woven grown spun cut drawn worn known born shown written given kept left sold tested'.split(' '));
const prepositions = new Set('with in by from for to on at using without across under over into'.split(' '));

/** "Weighs just 190 g" reads as a verb phrase and needs a subject; "12-hour wear" does not. */
export function isVerbLed(claim: string): boolean {
  const first = claim.trim().split(/\s+/)[0]?.toLowerCase().replace(/[^a-z]/g, '') ?? '';
  return claimVerbs.has(first);
}

/** "Hand-blended with Grasse jasmine" is a predicate ("it is hand-blended …"); "Fully taped seams" is not. */
export function isParticipleLed(claim: string): boolean {
  const [first = '', second = ''] = claim.trim().toLowerCase().split(/\s+/);
  const word = first.split('-').pop()?.replace(/[^a-z]/g, '') ?? '';
  const participle = (word.length > 3 && word.endsWith('ed')) || irregularParticiples.has(word);
  return participle && (prepositions.has(second.replace(/[^a-z]/g, '')) || /^\d/.test(second));
}

/** True when the claim needs a subject to be a sentence. */
export function needsSubject(claim: string): boolean {
  return isVerbLed(claim) || isParticipleLed(claim);
}

/** A claim as a clause with a subject when it needs one: "it weighs just 190 g", "it is hand-blended …". */
export function claimClause(claim: string, subject = 'it', plural = false): string {
  if (isVerbLed(claim)) return `${subject} ${inline(claim)}`;
  if (isParticipleLed(claim)) return `${subject} ${plural ? 'are' : 'is'} ${inline(claim)}`;
  return inline(claim);
}
