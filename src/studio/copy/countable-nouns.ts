/**
 * Whether a product is referred to with an article. "Meet the Drift Packable Rain Jacket" and
 * "a rain jacket" need one because their head noun is a countable thing; "Ambre Doré" (a
 * proper name) and "cold brew coffee" (a mass noun) do not.
 */
const countableHeads: ReadonlySet<string> = new Set(
  `jacket coat parka anorak vest gilet hoodie sweater jumper cardigan shirt tee t-shirt top blouse dress skirt trouser
  pant jean short legging sock shoe sneaker trainer boot sandal slipper loafer heel hat cap beanie scarf glove mitten
  belt tie bag backpack rucksack tote purse wallet handbag suitcase luggage duffel case sleeve pouch umbrella poncho
  watch ring necklace bracelet earring pendant sunglass glass frame lens helmet bike bicycle scooter skateboard board
  kit set box bundle pack tin jar bottle flask mug cup tumbler glass pan pot kettle knife blender mixer toaster grinder
  machine maker oven fryer cooker vacuum mop lamp light chair sofa couch table desk bed mattress pillow duvet blanket
  rug shelf cabinet drawer mirror candle diffuser speaker headphone earbud earphone phone tablet laptop computer
  monitor keyboard mouse camera drone charger cable adapter tracker ring-light stand tripod console controller
  router printer tent sleeping-bag stove cooler hammock rod racket ball bat club mat treadmill dumbbell kettlebell
  bench toothbrush razor trimmer dryer straightener brush comb serum cream lotion balm mask cleanser moisturiser
  moisturizer lipstick palette toy game puzzle book journal notebook planner pen card app plan course class bar
  collar leash harness crate bowl feeder carrier car truck van tyre tire`
    .split(/\s+/)
    .filter(Boolean),
);

/** The head noun of a noun phrase: its last word, singular, lower-cased. */
export function headNoun(phrase: string): string {
  const last = phrase.trim().split(/\s+/).pop() ?? '';
  return singular(last.toLowerCase().replace(/[^\p{L}\p{N}'-]/gu, ''));
}

/** True when the phrase names countable things ("rain jacket", "running shoes"). */
export function isCountable(phrase: string): boolean {
  return countableHeads.has(headNoun(phrase));
}

/** True when the phrase's head noun is plural ("meal kits", "running shoes"). */
export function isPlural(phrase: string): boolean {
  const last = (phrase.trim().split(/\s+/).pop() ?? '').toLowerCase();
  return /[^s']s$/.test(last) && !countableHeads.has(last) && countableHeads.has(singular(last));
}

/** The things a phrase names, in the plural: "rain jacket" → "jackets"; undefined when not countable. */
export function pluralHead(phrase: string): string | undefined {
  if (!isCountable(phrase)) return undefined;
  const head = headNoun(phrase);
  if (/(?:ch|sh|ss|x)$/.test(head)) return `${head}es`;
  if (/[^aeiou]y$/.test(head)) return `${head.slice(0, -1)}ies`;
  return head.endsWith('s') ? head : `${head}s`;
}

/** The phrase naming the things in general: "rain jacket" → "rain jackets"; a mass noun stays as it is. */
export function genericPlural(phrase: string): string {
  const plural = pluralHead(phrase);
  if (!plural || isPlural(phrase)) return phrase;
  const words = phrase.trim().split(/\s+/);
  return [...words.slice(0, -1), plural].join(' ');
}

/** "a" or "an" for the word that follows, by its sound as far as spelling tells. */
export function indefiniteArticle(next: string): 'a' | 'an' {
  return /^(?:[aeio]|u(?![nr]i|se|sa|su|ti|ro)|hour|honest|heir)/i.test(next.trim()) ? 'an' : 'a';
}

function singular(word: string): string {
  if (countableHeads.has(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|ss|x)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) return word.slice(0, -1);
  return word;
}
