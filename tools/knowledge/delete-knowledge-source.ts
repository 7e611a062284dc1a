import { deletedKnowledgeSource, knowledgeSourceParams } from '../../src/contract/schemas/knowledge.ts';
import { defineTool } from '../tool-definition.ts';

export const deleteKnowledgeSourceTool = defineTool({
  name: 'delete_knowledge_source',
  operation: 'delete_knowledge_source',
  toolset: 'knowledge',
  title: 'Delete a knowledge source',
  description:
    'Deletes a knowledge source (id from list_knowledge_sources) and its passages; later generations stop using it. ' +
    'Free, instant.',
  input: knowledgeSourceParams,
  output: deletedKnowledgeSource,
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
  async handler(args, { api, signal }) {
    const deleted = await api.deleteKnowledgeSource(args, { signal });
    return { structured: deleted, summary: `Deleted the knowledge source ${deleted.id} and its passages.` };
  },
});
