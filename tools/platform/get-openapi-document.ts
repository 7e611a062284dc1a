import { z } from 'zod';
import { noInput } from '../no-input.ts';
import { defineTool } from '../tool-definition.ts';

const httpMethods = ['get', 'post', 'put', 'patch', 'delete'] as const;

export const getOpenapiDocumentTool = defineTool({
  name: 'get_openapi_document',
  operation: 'get_openapi_document',
  toolset: 'platform',
  title: 'OpenAPI routes',
  description:
    "Lists the REST API's routes and links its OpenAPI 3.1 document, for writing a client; these tools already cover " +
    'every route. Free, instant.',
  input: noInput,
  // The document is tens of kilobytes: the chat gets the route list, the document stays behind the link.
  output: z.object({
    openapi: z.string().describe('OpenAPI version'),
    title: z.string().describe('API title'),
    version: z.string().describe('Service version'),
    documentUrl: z.string().optional().describe('Where the full document is served (GET, no authentication)'),
    routes: z
      .array(
        z.object({
          operationId: z.string().describe('Operation id, also the tool name'),
          method: z.string().describe('HTTP method'),
          path: z.string().describe('Path, e.g. /api/workflow'),
          summary: z.string().describe('What it does'),
        }),
      )
      .describe('Every route'),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  async handler(_args, { api, signal, apiUrl }) {
    const document = await api.getOpenapiDocument({}, { signal });
    const routes = Object.entries(document.paths).flatMap(([path, item]) =>
      httpMethods.flatMap((method) => {
        const operation = (item as Record<string, { operationId?: string; summary?: string } | undefined>)[method];
        return operation ? [{ operationId: operation.operationId ?? '', method: method.toUpperCase(), path, summary: operation.summary ?? '' }] : [];
      }),
    );
    const servers = (document as { servers?: Array<{ url?: string }> }).servers;
    const base = apiUrl ?? servers?.[0]?.url;
    const documentUrl = base ? `${base.replace(/\/+$/, '')}/openapi.json` : undefined;
    return {
      structured: { openapi: document.openapi, title: document.info.title, version: document.info.version, routes, ...(documentUrl ? { documentUrl } : {}) },
      summary: `${document.info.title} ${document.info.version}: ${routes.length} routes (OpenAPI ${document.openapi}).`,
      ...(documentUrl ? { links: [{ uri: documentUrl, name: 'openapi.json', mimeType: 'application/json', description: 'The full OpenAPI 3.1 document' }] } : {}),
    };
  },
});
