import { z } from 'zod';
import { brandProfile } from '../contract/schemas/brand.ts';
import { checkWorkflowRequirements, launchFields, parseFormats } from '../contract/schemas/launch.ts';
import { parseOrThrow } from '../contract/validation.ts';
import { workflowCatalog, type Format, type Framework, type Quality, type Season, type WorkflowType } from '../contract/workflow-catalog.ts';
import type { BrandProfile } from '../contract/schemas/brand.ts';

/** Facts extracted from a source page (product, reference ad, business site). */
export const sourceFacts = z.object({
  url: z.string().optional().describe('The page the facts came from'),
  title: z.string().max(500).optional(),
  description: z.string().max(5000).optional(),
  price: z.string().max(100).optional().describe('Price as shown on the page, e.g. "$49"'),
  images: z.array(z.string().max(4096)).max(20).optional().describe('Image URLs or local file paths from the page'),
  claims: z.array(z.string().max(500)).max(50).optional().describe('Selling points, features, review quotes'),
  siteName: z.string().max(200).optional(),
  /** Headings of the page in order: what `clone` re-applies as structure. */
  headings: z.array(z.string().max(300)).max(50).optional(),
  /** Local-business signals for `local-audit` (address, phone, hours, reviews …). */
  signals: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});
export type SourceFacts = z.infer<typeof sourceFacts>;

export const knowledgePassage = z.object({
  id: z.string().max(200).optional(),
  source: z.string().max(500).default('knowledge base').describe('Where the passage came from (file name or URL)'),
  text: z.string().min(1).max(10_000),
});
export type KnowledgePassage = z.infer<typeof knowledgePassage>;

/** The brief file: the launch request's field names, plus brand, source facts and knowledge. */
export const briefInput = z
  .object({
    ...launchFields,
    hitl: z.boolean().optional(),
    brand: brandProfile.optional(),
    source: sourceFacts.optional(),
    knowledge: z.array(knowledgePassage).max(100).optional(),
    /** The ad to critique for `ad-optimizer` when it is given as text rather than a URL. */
    adCopy: z.string().max(10_000).optional(),
  })
  .superRefine(checkWorkflowRequirements);

/** A brief with every default resolved: what the studio steps read. */
export interface Brief {
  type: WorkflowType;
  quality: Quality;
  concept?: string;
  url?: string;
  formats: Format[];
  framework: Framework;
  seasonal?: Season;
  models: { image?: string; video?: string; voice?: string };
  brand: BrandProfile;
  source?: SourceFacts;
  knowledge: KnowledgePassage[];
  adCopy?: string;
}

/** Validates a brief (throwing the contract's 400 error naming the field) and resolves defaults. */
export function resolveBrief(input: unknown): Brief {
  const parsed = parseOrThrow(briefInput, input, 'brief');
  const spec = workflowCatalog[parsed.type];
  return {
    type: parsed.type,
    quality: parsed.quality,
    ...(parsed.concept ? { concept: parsed.concept } : {}),
    ...(parsed.url ? { url: parsed.url } : {}),
    formats: parsed.formats ? parseFormats(parsed.formats) : [...spec.defaultFormats],
    framework: parsed.framework ?? spec.defaultFramework,
    ...(parsed.seasonal ? { seasonal: parsed.seasonal } : {}),
    models: parsed.models ?? {},
    brand: parsed.brand ?? { name: inferBrandName(parsed.source, parsed.url) },
    ...(parsed.source ? { source: parsed.source } : {}),
    knowledge: parsed.knowledge ?? [],
    ...(parsed.adCopy ? { adCopy: parsed.adCopy } : {}),
  };
}

function inferBrandName(source: SourceFacts | undefined, url: string | undefined): string {
  if (source?.siteName) return source.siteName;
  if (url) {
    const host = new URL(url).hostname.replace(/^www\./, '');
    const label = host.split('.')[0] ?? host;
    return label.charAt(0).toUpperCase() + label.slice(1);
  }
  return 'Your Brand';
}
