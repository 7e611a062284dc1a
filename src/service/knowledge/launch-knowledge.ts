import type { BrandProfile } from '../../contract/schemas/brand.ts';
import type { KnowledgePassage } from '../../studio/brief.ts';
import type { LaunchFields } from '../jobs/job-brief.ts';
import type { KnowledgeBase } from './knowledge-base.ts';

/**
 * Passages a brief carries: more than the copy step quotes (it re-ranks them against the whole
 * brief and keeps the best few), few enough to keep the stored job small.
 */
const passagesPerBrief = 8;

/**
 * The account's knowledge most relevant to a launch, for its brief: searched with what the
 * launch is about — the concept, the brand (name, industry, audience) and the words of the
 * source URL's path (a product slug). The page itself is read later by the job, so its facts are
 * not part of the query.
 */
export function knowledgeForLaunch(knowledge: KnowledgeBase, accountId: string, fields: LaunchFields, brand: BrandProfile | undefined): Promise<KnowledgePassage[]> {
  return knowledge.passagesFor(accountId, launchQuery(fields, brand), passagesPerBrief);
}

export function launchQuery(fields: LaunchFields, brand: BrandProfile | undefined): string {
  return [fields.concept, brand?.name, brand?.industry, brand?.targetAudience, fields.url ? urlWords(fields.url) : undefined]
    .filter((part): part is string => Boolean(part?.trim()))
    .join(' ')
    .slice(0, 2_000);
}

/** "https://shop.example/products/linen-shirt-blue" → "linen shirt blue". */
function urlWords(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  } catch {
    return '';
  }
}
