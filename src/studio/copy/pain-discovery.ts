import type { Brief } from '../brief.ts';
import type { IndustryProfile, PainKind } from './industry-profile.ts';
import { claimPains, audiencePains } from './pain-inversion.ts';
import { fitWords } from './line-fitting.ts';
import { contentTerms } from './text-tokens.ts';

export type PainSource = 'concept' | 'ad copy' | 'page' | 'claim' | 'knowledge' | 'audience' | 'industry';

export interface DiscoveredPain {
  /** Reads after "Tired of …". */
  phrase: string;
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

/**
 * The audience's pains, ranked: pains stated outright in the brief ("tired of …", "no more …")
 * weigh most, then pains implied by the page's claims (a "12-hour wear" claim answers "fades
 * too fast"), the audience's situation and finally the sector's usual pains.
 */
export function discoverPains(brief: Brief, profile: IndustryProfile, knowledgeTexts: readonly string[]): DiscoveredPain[] {
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
  for (const inverted of claimPains(brief.source?.claims ?? [], profile)) found.push(pain(inverted.phrase, inverted.kind, 'claim', inverted.evidence));
  for (const situational of audiencePains(brief.brand.targetAudience ?? '')) found.push(pain(situational.phrase, situational.kind, 'audience', situational.evidence));
  profile.pains.forEach((p, i) => found.push({ ...pain(p.phrase, p.kind, 'industry', `${profile.label} audiences`), ...(p.sting ? { sting: p.sting } : {}), score: sourceWeight.industry - i * 0.2 }));
  return merge(found);
}

function pain(phrase: string, kind: PainKind, source: PainSource, evidence: string): DiscoveredPain {
  return { phrase, kind, score: sourceWeight[source], sources: [source], evidence: [evidence] };
}

/** Same pain said twice (most terms shared) counts once, with both sources' weight. */
function merge(pains: DiscoveredPain[]): DiscoveredPain[] {
  const merged: DiscoveredPain[] = [];
  for (const candidate of pains) {
    const terms = new Set(contentTerms(candidate.phrase));
    const twin = merged.find((existing) => {
      const overlap = similarity(terms, new Set(contentTerms(existing.phrase)));
      return overlap >= 0.5 || (overlap > 0 && existing.kind === candidate.kind);
    });
    if (!twin) {
      merged.push({ ...candidate, sources: [...candidate.sources], evidence: [...candidate.evidence] });
      continue;
    }
    twin.score += candidate.score;
    // A hand-written sector phrase reads better than one inverted from a claim.
    if (twin.sources.every((s) => s === 'claim' || s === 'audience') && candidate.sources.includes('industry')) twin.phrase = candidate.phrase;
    for (const s of candidate.sources) if (!twin.sources.includes(s)) twin.sources.push(s);
    for (const e of candidate.evidence) if (!twin.evidence.includes(e)) twin.evidence.push(e);
    if (!twin.sting && candidate.sting) twin.sting = candidate.sting;
  }
  return merged.sort((a, b) => b.score - a.score);
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
