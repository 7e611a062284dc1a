import type { IndustryProfile, PainKind } from './industry-profile.ts';

export interface InvertedPain {
  phrase: string;
  short?: string;
  kind: PainKind;
  sting?: string;
  evidence: string;
}

/** What the inverted pain may name: the sector, and the product's own noun in the plural ("jackets"). */
export interface InversionSubject {
  profile: IndustryProfile;
  things: string;
}

interface ClaimInversion {
  pattern: RegExp;
  pain: (s: InversionSubject) => string;
  /** A caption-length form of the pain. */
  short?: (s: InversionSubject) => string;
  kind: PainKind;
  sting?: string;
}

/**
 * A benefit claim implies the pain it answers: "12-hour wear" answers "fades too fast", "packs
 * into its own pocket" answers "bulky jackets you leave at home". The concept and the product's
 * title are read the same way, so the pains are about this product, not only its sector.
 */
const claimInversions: readonly ClaimInversion[] = [
  {
    pattern: /\bpacks? (?:down |away |flat |small )?(?:into|in|to)\b|\bpackable|\bpocket|\bfold(?:s|able)? (?:down|flat|away|into)|\bcompact\b|\bportable|\bstows?\b|\btravel[- ]size/i,
    pain: (s) => `bulky ${s.things} you leave at home`,
    short: (s) => `bulky ${s.things}`,
    kind: 'effort',
    sting: 'It stays home. Then it pours.',
  },
  {
    pattern: /\brain\b|\brain[a-z]*proof|\bwaterproof|\bwater[- ](?:proof|resistant|repellent)|\btaped seams|\bweather ?proof|\bstorm|\bdownpour|\bdrizzle/i,
    pain: () => 'getting caught in the rain',
    short: () => 'getting soaked',
    kind: 'quality',
    sting: "Soaked before you're halfway there.",
  },
  {
    pattern: /\bweighs?\b|\blight ?weight|\bultra[- ]?light|\bfeather[- ]?(?:weight|light)/i,
    pain: () => 'heavy gear that weighs you down',
    short: () => 'heavy gear',
    kind: 'effort',
    sting: 'You feel every extra gram.',
  },
  // "12-hour wear" is about lasting; "steeped for 20 hours" is not.
  {
    pattern: /long[- ]?lasting|all[- ]day|\b\d+-hours?\b|\b\d+ hours? (?:of )?(?:wear|hold|battery|protection|freshness|hydration|comfort)\b|lasts? (?:for )?(?:hours|all|up to)/i,
    pain: (s) => `${s.profile.productNoun} that fades too fast`,
    kind: 'quality',
  },
  { pattern: /\bfast\b|\bquick|in minutes|\binstant|same[- ]day|next[- ]day|\b\d+[- ]?minutes?\b/i, pain: () => 'waiting around for results', kind: 'time' },
  { pattern: /afford|\bsave\b|\bdeal\b|discount|low price|\bcheap|% off|\bvalue\b/i, pain: () => 'paying too much for too little', short: () => 'paying too much', kind: 'money' },
  { pattern: /\beasy|\bsimple|effortless|no setup|one[- ]click|hassle[- ]free/i, pain: () => 'setups that feel like homework', kind: 'effort' },
  { pattern: /\bnatural|organic|\bclean\b|non[- ]toxic|\bvegan|\bgentle|fragrance[- ]free|paraben/i, pain: () => 'harsh ingredients you can’t pronounce', short: () => 'harsh ingredients', kind: 'health' },
  { pattern: /durable|built to last|lifetime|warranty|\bsturdy/i, pain: () => 'gear that breaks when you need it most', short: () => 'gear that breaks', kind: 'quality' },
  { pattern: /comfort|\bsoft\b|breathable|ergonomic/i, pain: () => 'putting up with discomfort all day', short: () => 'all-day discomfort', kind: 'health' },
  { pattern: /24\/7|support team|customer support|\bhelp(?:line| desk)/i, pain: () => 'being left on hold', kind: 'trust' },
  { pattern: /free (?:shipping|delivery|returns?)|money[- ]back|guarantee/i, pain: () => 'the risk of buying blind', kind: 'trust' },
  { pattern: /hand[- ]?(?:made|blended|crafted|poured)|\bcrafted|artisan|small[- ]batch/i, pain: () => 'mass-produced sameness', kind: 'quality' },
  { pattern: /sustainab|\beco\b|eco-|recycl|\brefill|plastic[- ]free/i, pain: () => 'waste that piles up with every purchase', short: () => 'waste that piles up', kind: 'quality' },
];

/** The pains a set of texts (claims, a concept, a title) answer, each with the text it came from. */
export function claimPains(texts: readonly string[], subject: InversionSubject): InvertedPain[] {
  const pains: InvertedPain[] = [];
  for (const text of texts) {
    for (const inversion of claimInversions) {
      if (!inversion.pattern.test(text)) continue;
      pains.push({
        phrase: inversion.pain(subject),
        ...(inversion.short ? { short: inversion.short(subject) } : {}),
        kind: inversion.kind,
        ...(inversion.sting ? { sting: inversion.sting } : {}),
        evidence: text,
      });
    }
  }
  return pains;
}

/** Who the audience is says what they are short of. */
const audienceSituations: ReadonlyArray<{ pattern: RegExp; phrase: string; kind: PainKind }> = [
  { pattern: /\bbusy\b|professionals|commuters|working/i, phrase: 'never having enough time', kind: 'time' },
  { pattern: /parents|moms|mums|dads|families/i, phrase: 'juggling everything at once', kind: 'effort' },
  { pattern: /beginners|first[- ]time|new to/i, phrase: 'not knowing where to start', kind: 'confidence' },
  { pattern: /small business|founders|entrepreneurs|freelancers|owners/i, phrase: 'doing everything yourself', kind: 'effort' },
  { pattern: /students|graduates|budget/i, phrase: 'stretching a tight budget', kind: 'money' },
  { pattern: /sensitive skin|allerg/i, phrase: 'products that irritate sensitive skin', kind: 'health' },
  { pattern: /seniors|retirees|over 60/i, phrase: 'products that overcomplicate simple things', kind: 'effort' },
];

export function audiencePains(audience: string): InvertedPain[] {
  return audienceSituations.filter((s) => s.pattern.test(audience)).map((s) => ({ phrase: s.phrase, kind: s.kind, evidence: audience }));
}
