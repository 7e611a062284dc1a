import { apiKeyList, createApiKeyRequest, createdApiKey, revokeApiKeyQuery, revokedApiKey } from '../schemas/api-keys.ts';
import { defineOperation } from './operation-definition.ts';

export const listApiKeys = defineOperation({
  name: 'list_api_keys',
  method: 'GET',
  path: '/api/user/keys',
  auth: true,
  rateClass: 'default',
  spendsCredits: false,
  input: {},
  output: apiKeyList,
  response: { kind: 'json' },
  envelope: 'data',
  errors: [],
  summary: 'List API keys (without their secrets)',
  description: 'Returns the active API keys of the account: id, name, prefix and when each was last used, never the secret. Free.',
  tags: ['API keys'],
  source: 'ext',
});

export const createApiKey = defineOperation({
  name: 'create_api_key',
  method: 'POST',
  path: '/api/user/keys',
  auth: true,
  rateClass: 'default',
  spendsCredits: false,
  input: { body: createApiKeyRequest },
  output: createdApiKey,
  response: { kind: 'json' },
  envelope: 'data',
  errors: [],
  summary: 'Create an API key (its secret is shown once)',
  description:
    'Creates an API key for an external client and returns its secret in this response only: store it at once, it ' +
    'cannot be shown again. Clients send it as "Authorization: Bearer <key>". Free.',
  tags: ['API keys'],
  source: 'ext',
});

export const revokeApiKey = defineOperation({
  name: 'revoke_api_key',
  method: 'DELETE',
  path: '/api/user/keys',
  auth: true,
  rateClass: 'default',
  spendsCredits: false,
  input: { query: revokeApiKeyQuery },
  output: revokedApiKey,
  response: { kind: 'json' },
  envelope: 'data',
  errors: ['not_found'],
  summary: 'Revoke an API key',
  description:
    'Revokes the key with this id immediately and for good: requests made with it answer 401 from now on. ' +
    'Revoking the key the request itself uses is allowed. Free.',
  tags: ['API keys'],
  source: 'ext',
});

export const apiKeyOperations = [listApiKeys, createApiKey, revokeApiKey] as const;
