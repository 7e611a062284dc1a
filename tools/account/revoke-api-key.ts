import { revokeApiKeyQuery, revokedApiKey } from '../../src/contract/schemas/api-keys.ts';
import { defineTool } from '../tool-definition.ts';

export const revokeApiKeyTool = defineTool({
  name: 'revoke_api_key',
  operation: 'revoke_api_key',
  toolset: 'account',
  title: 'Revoke an API key',
  description:
    'Revokes an API key by id (from list_api_keys) for good: requests with it fail from now on, this connection too ' +
    'if it uses it. Free, instant.',
  input: revokeApiKeyQuery,
  output: revokedApiKey,
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
  async handler(args, { api, signal }) {
    const revoked = await api.revokeApiKey(args, { signal });
    return { structured: revoked, summary: `Revoked the API key ${revoked.id}.` };
  },
});
