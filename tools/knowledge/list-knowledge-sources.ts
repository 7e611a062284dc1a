import { knowledgeSourceList } from '../../src/contract/schemas/knowledge.ts';
import { noInput } from '../no-input.ts';
import { defineTool } from '../tool-definition.ts';

export const listKnowledgeSourcesTool = defineTool({
  name: 'list_knowledge_sources',
  operation: 'list_knowledge_sources',
  toolset: 'knowledge',
  title: 'List knowledge sources',
  description:
    'The pages and documents of the brand knowledge base, newest first, with their indexing state. To find a fact ' +
    'in them use search_knowledge. Free, instant.',
  input: noInput,
  output: knowledgeSourceList,
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  async handler(_args, { api, signal }) {
    const list = await api.listKnowledgeSources({}, { signal });
    const pending = list.sources.filter((source) => source.status === 'pending').length;
    return {
      structured: list,
      summary: `${list.sources.length} source(s) in the knowledge base${pending ? `, ${pending} still being indexed` : ''}.`,
    };
  },
});
