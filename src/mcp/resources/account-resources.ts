import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CinematicAds } from '../../contract/interface.ts';
import { jsonContents } from './json-contents.ts';
import { type LogError, readingResource } from './resource-errors.ts';
import { brandKnowledgeUri, brandUri, creditsUri } from './resource-uris.ts';

/** The account-wide resources: brand profile, its knowledge base and the credit balance. */
export function registerAccountResources(server: McpServer, api: CinematicAds, logError?: LogError): void {
  server.registerResource(
    'brand',
    brandUri,
    {
      title: 'Brand profile',
      description:
        'The brand profile every generation uses (name, industry, tone, target audience, colors); null until one is saved with save_brand.',
      mimeType: 'application/json',
    },
    async (uri, extra) => readingResource(uri.href, async () => jsonContents(uri.href, await api.getBrand({}, { signal: extra.signal })), logError),
  );

  server.registerResource(
    'brand-knowledge',
    brandKnowledgeUri,
    {
      title: 'Brand knowledge base',
      description:
        'Sources in the brand knowledge base (pages and documents, with their indexing status), newest first. ' +
        'Add with add_knowledge_url or upload_knowledge_file; search with search_knowledge.',
      mimeType: 'application/json',
    },
    async (uri, extra) =>
      readingResource(uri.href, async () => jsonContents(uri.href, await api.listKnowledgeSources({}, { signal: extra.signal })), logError),
  );

  server.registerResource(
    'credits',
    creditsUri,
    {
      title: 'Credit balance',
      description: 'Credits available now, the plan and when a trial ends. Price a launch against it with estimate_cost.',
      mimeType: 'application/json',
    },
    async (uri, extra) => readingResource(uri.href, async () => jsonContents(uri.href, await api.getCredits({}, { signal: extra.signal })), logError),
  );
}
