import { capabilityNames, modelsStatus } from '../../src/contract/schemas/platform.ts';
import { noInput } from '../no-input.ts';
import { defineTool } from '../tool-definition.ts';

export const getModelsStatusTool = defineTool({
  name: 'get_models_status',
  operation: 'get_models_status',
  toolset: 'platform',
  title: 'AI capabilities',
  description:
    'Which of text, image, video and voice generation are available (offline or via a provider), with the model ids ' +
    'launch_workflow accepts. Free, instant.',
  input: noInput,
  output: modelsStatus,
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  async handler(_args, { api, signal }) {
    const status = await api.getModelsStatus({}, { signal });
    const line = capabilityNames
      .map((name) => `${name} ${status.capabilities[name].available ? status.capabilities[name].mode : 'unavailable'}`)
      .join(', ');
    return { structured: status, summary: `Capabilities: ${line}.` };
  },
});
