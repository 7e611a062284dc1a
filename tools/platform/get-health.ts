import { health } from '../../src/contract/schemas/platform.ts';
import { noInput } from '../no-input.ts';
import { defineTool } from '../tool-definition.ts';

export const getHealthTool = defineTool({
  name: 'get_health',
  operation: 'get_health',
  toolset: 'platform',
  title: 'Service health',
  description:
    'Service status and version. Free, instant.',
  input: noInput,
  output: health,
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  async handler(_args, { api, signal }) {
    const status = await api.getHealth({}, { signal });
    return { structured: status, summary: `The service (version ${status.version}) is ${status.status}.` };
  },
});
