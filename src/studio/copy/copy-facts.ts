import type { Brief } from '../brief.ts';
import type { Season } from '../../contract/workflow-catalog.ts';
import { industryOf, type IndustryProfile } from './industry-profile.ts';
import { toneOf, type ToneKind } from './tone-profile.ts';
import { nameProduct } from './product-naming.ts';
import type { ConceptIdea } from './concept-reading.ts';
import { pluralHead } from './countable-nouns.ts';
import { readClaims } from './claim-reading.ts';
import { discoverPains, type DiscoveredPain } from './pain-discovery.ts';
import { mergeQuery, rankKnowledge, type RankedPassage } from './knowledge-ranking.ts';

/**
 * Everything the copywriter may say about this brand, read once from the brief: who it is,
 * what it sells, to whom, what hurts, what it promises, what proves it, and what the
 * knowledge base adds. Lines are built only from these facts, so nothing is invented.
 */
export interface CopyFacts {
  brand: string;
  /** The product's proper name, or the brand when the brief names no product: for captions and headlines. */
  product: string;
  /** The product as a sentence names it: "the Drift Packable Rain Jacket", "Ambre Doré". */
  productRef: string;
  /** The brief's concept, which every script must carry. */
  concept?: ConceptIdea;
  /** Plain description: "luxury perfume". */
  kind: string;
  profile: IndustryProfile;
  tone: ToneKind;
  audience: string;
  price?: string;
  benefits: string[];
  proofs: string[];
  offers: string[];
  pains: DiscoveredPain[];
  outcomes: string[];
  imagery: string[];
  knowledge: RankedPassage[];
  season?: Season;
  /** The reference page's structure, for `clone`. */
  structure: string[];
}

export function gatherCopyFacts(brief: Brief): CopyFacts {
  const profile = industryOf(brief);
  // For clone the page is someone else's ad: its structure is borrowed, its facts are not.
  const pageIsOurs = brief.type !== 'clone';
  const naming = nameProduct(brief, profile, pageIsOurs);
  const claims = pageIsOurs ? readClaims(brief.source?.claims ?? []) : { proofs: [], offers: [], benefits: [] };
  const knowledge = rankKnowledge(brief.knowledge, knowledgeQuery(brief, profile, naming.kind), 4);
  const audience = brief.brand.targetAudience?.trim() || profile.audienceNoun;
  const things = pluralHead(naming.kind) ?? (naming.name ? pluralHead(naming.name) : undefined) ?? 'gear';
  return {
    brand: brief.brand.name,
    product: naming.name ?? brief.brand.name,
    productRef: naming.reference ?? brief.brand.name,
    ...(naming.concept ? { concept: naming.concept } : {}),
    kind: naming.kind,
    profile,
    tone: toneOf(brief, profile.id),
    audience,
    ...(pageIsOurs && brief.source?.price ? { price: brief.source.price.trim() } : {}),
    benefits: claims.benefits,
    proofs: claims.proofs,
    offers: claims.offers,
    pains: discoverPains(pageIsOurs ? brief : withoutSource(brief), profile, knowledge.map((k) => k.excerpt), things),
    outcomes: profile.outcomes,
    imagery: [...naming.imagery, ...profile.sensory],
    knowledge,
    ...(brief.seasonal ? { season: brief.seasonal } : {}),
    structure: pageIsOurs ? [] : referenceStructure(brief),
  };
}

/** What the copy is about, as weighted search terms; sector vocabulary widens the net. */
function knowledgeQuery(brief: Brief, profile: IndustryProfile, kind: string) {
  return mergeQuery([
    { text: profile.related.join(' '), weight: 0.5 },
    { text: [brief.brand.industry, brief.brand.targetAudience, brief.brand.tone].filter(Boolean).join(' '), weight: 0.8 },
    { text: [brief.concept, kind, brief.source?.title, ...(brief.source?.claims ?? [])].filter(Boolean).join(' '), weight: 1 },
    { text: brief.brand.name, weight: 1.2 },
  ]);
}

function referenceStructure(brief: Brief): string[] {
  const headings = brief.source?.headings ?? [];
  return (headings.length > 0 ? headings : (brief.source?.claims ?? [])).map((h) => h.trim()).filter(Boolean);
}

function withoutSource(brief: Brief): Brief {
  const { source: _source, ...rest } = brief;
  return rest;
}
