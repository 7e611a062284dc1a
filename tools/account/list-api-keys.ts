import { apiKeyList } from '../../src/contract/schemas/api-keys.ts';
import { noInput } from '../no-input.ts';
import { defineTool } from '../tool-definition.ts';

export const listApiKeysTool = defineTool({
  name: 'list_api_keys',
  operation: 'list_api_keys',
  toolset: 'account',
  title: 'List API keys',
  description:
    'Active API keys (id, name, prefix, last use), never their secrets; gives the id revoke_api_key needs. Free, ' +
    'instant.',
  input: noInput,
  output: apiKeyList,
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  async handler(_args, { api, signal }) {
    const list = await api.listApiKeys({}, { signal });
    return { structured: list, summary: `${list.keys.length} active API key(s).` };
  },
});
