import type { IndustryProfile, PainKind } from './industry-profile.ts';

interface InvertedPain {
  phrase: string;
  kind: PainKind;
  evidence: string;
}

/** A benefit claim implies the pain it answers: "12-hour wear" answers "fades too fast". */
const claimInversions: ReadonlyArray<{ pattern: RegExp; pain: (p: IndustryProfile) => string; kind: PainKind }> = [
  { pattern: /long[- ]?lasting|all[- ]day|\b\d+[- ]?hours?\b|lasts? (?:for )?(?:hours|all)/i, pain: (p) => `${p.productNoun} that fades too fast`, kind: 'quality' },
  { pattern: /\bfast\b|\bquick|in minutes|\binstant|same[- ]day|next[- ]day|\b\d+[- ]?minutes?\b/i, pain: () => 'waiting around for results', kind: 'time' },
  { pattern: /afford|\bsave\b|\bdeal\b|discount|low price|\bcheap|% off|\bvalue\b/i, pain: () => 'paying too much for too little', kind: 'money' },
  { pattern: /\beasy|\bsimple|effortless|no setup|one[- ]click|hassle[- ]free/i, pain: () => 'setups that feel like homework', kind: 'effort' },
  { pattern: /\bnatural|organic|\bclean\b|non[- ]toxic|\bvegan|\bgentle|fragrance[- ]free|paraben/i, pain: () => 'harsh ingredients you can’t pronounce', kind: 'health' },
  { pattern: /waterproof|durable|built to last|lifetime|warranty|\bsturdy/i, pain: () => 'gear that breaks when you need it most', kind: 'quality' },
  { pattern: /comfort|\bsoft\b|breathable|ergonomic/i, pain: () => 'putting up with discomfort all day', kind: 'health' },
  { pattern: /24\/7|support team|customer support|\bhelp(?:line| desk)/i, pain: () => 'being left on hold', kind: 'trust' },
  { pattern: /free (?:shipping|delivery|returns?)|money[- ]back|guarantee/i, pain: () => 'the risk of buying blind', kind: 'trust' },
  { pattern: /hand[- ]?(?:made|blended|crafted|poured)|\bcrafted|artisan|small[- ]batch/i, pain: () => 'mass-produced sameness', kind: 'quality' },
  { pattern: /sustainab|\beco\b|eco-|recycl|\brefill|plastic[- ]free/i, pain: () => 'waste that piles up with every purchase', kind: 'quality' },
];

export function claimPains(claims: readonly string[], profile: IndustryProfile): InvertedPain[] {
  const pains: InvertedPain[] = [];
  for (const claim of claims) {
    for (const inversion of claimInversions) {
      if (inversion.pattern.test(claim)) pains.push({ phrase: inversion.pain(profile), kind: inversion.kind, evidence: claim });
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
