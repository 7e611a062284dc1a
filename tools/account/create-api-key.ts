import { createApiKeyRequest, createdApiKey } from '../../src/contract/schemas/api-keys.ts';
import { defineTool } from '../tool-definition.ts';

export const createApiKeyTool = defineTool({
  name: 'create_api_key',
  operation: 'create_api_key',
  toolset: 'account',
  title: 'Create an API key',
  description:
    'Creates an API key for another client and returns its secret, shown once: it lands in this chat, so only when ' +
    'the user asks. These tools need none. Free, instant.',
  input: createApiKeyRequest,
  output: createdApiKey,
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
  async handler(args, { api, signal }) {
    const key = await api.createApiKey(args, { signal });
    return {
      structured: key,
      summary: `Created the API key "${key.name}" (${key.id}); give the secret to the user now, it cannot be shown again.`,
    };
  },
});
