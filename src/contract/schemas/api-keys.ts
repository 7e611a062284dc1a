import { z } from 'zod';
import { timestamp } from './dates.ts';
import { apiKeyId } from './ids.ts';

export const apiKey = z
  .object({
    id: apiKeyId,
    name: z.string().describe('Label given at creation, e.g. "CI pipeline"'),
    prefix: z.string().describe('First characters of the key, to recognise it; the full key is never shown again'),
    createdAt: timestamp.describe('When the key was created'),
    lastUsedAt: timestamp.nullable().describe('When the key last authenticated a request (null if never)'),
  })
  .describe('An API key, without its secret');

export const apiKeyList = z.object({ keys: z.array(apiKey).describe('Active keys, newest first') }).describe('API keys of the account');

export const createApiKeyRequest = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(60, 'must be at most 60 characters')
      .default('API key')
      .describe('Label to recognise the key by'),
  })
  .describe('A new API key');

export const createdApiKey = apiKey
  .extend({
    key: z.string().describe('The secret key: shown only in this response, store it now; send it as "Authorization: Bearer <key>"'),
  })
  .describe('The created API key, with its secret');

export const revokeApiKeyQuery = z.object({ id: apiKeyId }).describe('Query naming the key to revoke');

export const revokedApiKey = z
  .object({ id: apiKeyId, revoked: z.literal(true).describe('The key no longer authenticates') })
  .describe('A revoked API key');
