import { z } from 'zod';
import { timestamp } from './dates.ts';
import { knowledgeSourceId } from './ids.ts';
import { httpUrl } from './urls.ts';

export const knowledgeUrlRequest = z
  .object({ url: httpUrl.describe('Page to scrape and index, e.g. "https://example.com/about"') })
  .describe('A web page for the knowledge base');

export const knowledgeSourceKinds = ['url', 'file'] as const;

/** Ingest runs in the background: pending → indexed, or failed with the reason. */
export const knowledgeSourceStatuses = ['pending', 'indexed', 'failed'] as const;

export const knowledgeSource = z
  .object({
    id: knowledgeSourceId,
    kind: z.enum(knowledgeSourceKinds).describe('url: a scraped page; file: an uploaded document'),
    title: z.string().describe('Page title or file name'),
    url: z.string().optional().describe('The page address (kind url)'),
    filename: z.string().optional().describe('The uploaded file name (kind file)'),
    contentType: z.string().describe('Media type of the original, e.g. "text/html" or "application/pdf"'),
    bytes: z.number().int().min(0).describe('Size of the original in bytes'),
    status: z
      .enum(knowledgeSourceStatuses)
      .describe('pending: being read and indexed; indexed: searchable and used by generations; failed: not indexed, see error'),
    error: z.string().optional().describe('Why it failed (status failed), e.g. "The PDF is password-protected: …"'),
    passages: z.number().int().min(0).describe('Passages indexed from it (0 until indexed)'),
    createdAt: timestamp.describe('When it was added'),
  })
  .describe('A source in the brand knowledge base');

export const knowledgeSourceList = z
  .object({ sources: z.array(knowledgeSource).describe('Every source, newest first') })
  .describe('The brand knowledge base');

export const knowledgeSourceParams = z.object({ sourceId: knowledgeSourceId }).describe('Path parameters naming a knowledge source');

export const deletedKnowledgeSource = z
  .object({ id: knowledgeSourceId, deleted: z.literal(true).describe('The source and its passages are gone') })
  .describe('A deleted knowledge source');

export const knowledgeSearchQuery = z
  .object({
    q: z
      .string({ error: 'is required' })
      .trim()
      .min(1, 'is required')
      .max(500, 'must be at most 500 characters')
      .describe('What to look for, in plain words'),
    limit: z.coerce
      .number<number>({ error: 'must be a whole number from 1 to 20' })
      .int('must be a whole number from 1 to 20')
      .min(1, 'must be at least 1')
      .max(20, 'must be at most 20')
      .default(5)
      .describe('Passages to return (1–20, default 5)'),
  })
  .describe('A knowledge search');

export const knowledgePassage = z
  .object({
    text: z.string().describe('The passage, verbatim'),
    score: z.number().min(0).max(1).describe('Relevance from 0 to 1, higher is closer'),
    source: knowledgeSource.pick({ id: true, kind: true, title: true, url: true, filename: true }).describe('Where the passage comes from'),
  })
  .describe('One ranked passage');

export const knowledgeSearchResult = z
  .object({
    query: z.string().describe('The query as searched'),
    passages: z.array(knowledgePassage).describe('Best passages first'),
  })
  .describe('Ranked passages from the knowledge base');
