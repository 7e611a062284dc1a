import type { Brief } from '../brief.ts';
import type { IndustryProfile, PainKind } from './industry-profile.ts';
import { claimPains, audiencePains, type InversionSubject } from './pain-inversion.ts';
import { fitWords } from './line-fitting.ts';
import { rankByRelevance } from './pain-relevance.ts';
import { contentTerms } from './text-tokens.ts';

export type PainSource = 'concept' | 'ad copy' | 'page' | 'claim' | 'knowledge' | 'audience' | 'industry';

export interface DiscoveredPain {
  /** Reads after "Tired of …". */
  phrase: string;
  /** A caption-length form, when the phrase is too long to show whole. */
  short?: string;
  kind: PainKind;
  sting?: string;
  score: number;
  sources: PainSource[];
  /** The text each pain was read from, so a report can show its evidence. */
  evidence: string[];
}

const explicitPain =
  /\b(?:tired of|sick of|fed up with|no more|say goodbye to|goodbye to|never again|struggl(?:e|es|ing) with|frustrated (?:by|with)|free from|forget about|instead of|stop|hate|without the)\s+([^.,;!?\n"”]{3,80})/gi;

const sourceWeight: Record<PainSource, number> = { concept: 5, 'ad copy': 5, page: 4, knowledge: 3, claim: 3, audience: 3, industry: 1.5 };

/** A pain implied rather than stated (inverted from a claim, the concept or the title) weighs like a claim. */
const impliedWeight = sourceWeight.claim;

/**
 * The audience's pains, ranked: pains stated outright in the brief ("tired of …", "no more …")
 * weigh most, then pains implied by the claims, concept and title (a "12-hour wear" claim
 * answers "fades too fast"), the audience's situation and finally the sector's usual pains;
 * then every pain is weighed by how much it is about this product (see pain-relevance.ts).
 */
export function discoverPains(brief: Brief, profile: IndustryProfile, knowledgeTexts: readonly string[], things = 'gear'): DiscoveredPain[] {
  const found: DiscoveredPain[] = [];
  const texts: Array<[PainSource, string]> = [
    ['concept', brief.concept ?? ''],
    ['ad copy', brief.adCopy ?? ''],
    ['page', [brief.source?.title, brief.source?.description, ...(brief.source?.headings ?? [])].filter(Boolean).join('. ')],
    ['claim', (brief.source?.claims ?? []).join('. ')],
    ...knowledgeTexts.map((text): [PainSource, string] => ['knowledge', text]),
  ];
  for (const [source, text] of texts) {
    for (const match of text.matchAll(explicitPain)) {
      const phrase = cleanPhrase(match[1] ?? '');
      if (phrase) found.push(pain(phrase, kindOf(phrase), source, match[0].trim()));
    }
  }
  const subject: InversionSubject = { profile, things };
  const implied: Array<[PainSource, readonly string[]]> = [
    ['claim', brief.source?.claims ?? []],
    ['concept', [brief.concept ?? ''].filter(Boolean)],
    ['page', [brief.source?.title ?? ''].filter(Boolean)],
  ];
  for (const [source, sourceTexts] of implied) {
    for (const inverted of claimPains(sourceTexts, subject)) {
      const extras = { ...(inverted.short ? { short: inverted.short } : {}), ...(inverted.sting ? { sting: inverted.sting } : {}) };
      found.push({ ...pain(inverted.phrase, inverted.kind, source, inverted.evidence, impliedWeight), ...extras });
    }
  }
  for (const situational of audiencePains(brief.brand.targetAudience ?? '')) found.push(pain(situational.phrase, situational.kind, 'audience', situational.evidence));
  profile.pains.forEach((p, i) =>
    found.push({
      ...pain(p.phrase, p.kind, 'industry', `${profile.label} audiences`),
      ...(p.short ? { short: p.short } : {}),
      ...(p.sting ? { sting: p.sting } : {}),
      score: sourceWeight.industry - i * 0.2,
    }),
  );
  return rankByRelevance(merge(found), productContext(brief));
}

/** What the product is: the texts a pain must share terms with to be about it. */
function productContext(brief: Brief): string {
  return [brief.concept, brief.source?.title, brief.source?.description, ...(brief.source?.claims ?? [])].filter(Boolean).join('. ');
}

function pain(phrase: string, kind: PainKind, source: PainSource, evidence: string, score = sourceWeight[source]): DiscoveredPain {
  return { phrase, kind, score, sources: [source], evidence: [evidence] };
}

/** Same pain said twice (most terms shared) counts once, with both sources' weight. */
function merge(pains: DiscoveredPain[]): DiscoveredPain[] {
  const merged: DiscoveredPain[] = [];
  for (const candidate of pains) {
    const terms = new Set(contentTerms(candidate.phrase));
    const twin = merged.find((existing) => {
      const overlap = similarity(terms, new Set(contentTerms(existing.phrase)));
      // One shared word of four ("jackets") is not the same pain; a third of the terms and the same kind is.
      return overlap >= 0.5 || (overlap >= 0.3 && existing.kind === candidate.kind);
    });
    if (!twin) {
      merged.push({ ...candidate, sources: [...candidate.sources], evidence: [...candidate.evidence] });
      continue;
    }
    twin.score += candidate.score;
    // A hand-written sector phrase reads better than one inverted from a claim.
    if (twin.sources.every((s) => s === 'claim' || s === 'audience') && candidate.sources.includes('industry')) {
      twin.phrase = candidate.phrase;
      if (candidate.short) twin.short = candidate.short;
      else delete twin.short;
    }
    for (const s of candidate.sources) if (!twin.sources.includes(s)) twin.sources.push(s);
    for (const e of candidate.evidence) if (!twin.evidence.includes(e)) twin.evidence.push(e);
    if (!twin.sting && candidate.sting) twin.sting = candidate.sting;
  }
  return merged;
}

function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / Math.min(a.size, b.size);
}

function cleanPhrase(raw: string): string {
  const phrase = fitWords(raw.trim().replace(/\s+/g, ' '), 7, '').replace(/^(?:the|your|my)\s+/i, (m) => m.toLowerCase());
  return contentTerms(phrase).length === 0 ? '' : phrase.charAt(0).toLowerCase() + phrase.slice(1);
}

/** Which kind of cost a pain is, from its words. */
export function kindOf(phrase: string): PainKind {
  const text = phrase.toLowerCase();
  if (/\b(time|hours?|wait|waiting|slow|minutes|days|late|queue|delay)/.test(text)) return 'time';
  if (/\b(price|cost|fees?|expensive|money|overpa|bills?|budget|pay)/.test(text)) return 'money';
  if (/\b(pain|sore|sleep|itch|sick|stress|tired|headache|skin|harsh|chemical)/.test(text)) return 'health';
  if (/\b(fake|scam|hidden|promise|unreliable|trust|guess)/.test(text)) return 'trust';
  if (/\b(hassle|mess|complicated|setup|set up|effort|chores?|paperwork|clean)/.test(text)) return 'effort';
  if (/\b(embarrass|awkward|ignored|boring|same|everyone else|nothing to wear|stuck)/.test(text)) return 'confidence';
  return 'quality';
}
