import { z } from 'zod';
import { httpUrl } from './urls.ts';

export const health = z
  .object({
    status: z.enum(['ok', 'degraded']).describe('ok: ready; degraded: up, but the queue or the store answers slowly or not at all'),
    version: z.string().describe('Version of the running service, e.g. "0.1.0"'),
  })
  .describe('Service health');

export const capabilityNames = ['text', 'image', 'video', 'voice'] as const;
export type CapabilityName = (typeof capabilityNames)[number];

export const capabilityModes = ['offline', 'provider'] as const;

const capability = z
  .object({
    available: z.boolean().describe('Whether generations can use this medium now'),
    mode: z.enum(capabilityModes).describe('offline: rendered locally with built-in models; provider: a configured AI provider (never named)'),
    models: z
      .array(
        z
          .object({
            id: z.string().describe('Capability id to pass in the launch "models" field'),
            label: z.string().describe('What it is good at, in a few words'),
            default: z.boolean().describe('Used when the launch does not choose'),
          })
          .describe('A selectable model'),
      )
      .describe('Models to choose from for this medium'),
  })
  .describe('One medium');

export const modelsStatus = z
  .object({
    capabilities: z
      .object({
        text: capability.describe('Copywriting, scripts and analysis'),
        image: capability.describe('Stills and keyframes'),
        video: capability.describe('Motion: clips and the final cut'),
        voice: capability.describe('Voice-over'),
      })
      .describe('What each medium can do, without provider names'),
  })
  .describe('Available AI capabilities');

// http(s) here, HTTPS enforced by the service: this server's own media links may be plain http (a local
// server on http://localhost), and only the service knows its public URL and allowed hosts.
export const exportVideoQuery = z
  .object({
    source: httpUrl.describe(
      'URL of a generated MP4: one of this server\'s media links (e.g. a result\'s videoUrl), or an HTTPS URL on an allowed domain',
    ),
  })
  .describe('The video to download');

/** `/openapi.json` is served as is, outside the envelope; its shape is OpenAPI's, not ours. */
export const openApiDocument = z
  .looseObject({
    openapi: z.string().describe('OpenAPI version, "3.1.0"'),
    info: z.looseObject({ title: z.string().describe('API title'), version: z.string().describe('Service version') }).describe('About the API'),
    paths: z.record(z.string(), z.unknown()).describe('Every route, by path'),
  })
  .describe('The OpenAPI 3.1 document of this API');
