import { knowledgeSearchQuery, knowledgeSearchResult } from '../../src/contract/schemas/knowledge.ts';
import { defineTool } from '../tool-definition.ts';

export const searchKnowledgeTool = defineTool({
  name: 'search_knowledge',
  operation: 'search_knowledge',
  toolset: 'knowledge',
  title: 'Search the knowledge base',
  description:
    'The knowledge-base passages closest to a query, best first, with their source: check what generations will ' +
    'know, or quote a fact. Free, instant.',
  input: knowledgeSearchQuery,
  output: knowledgeSearchResult,
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  async handler(args, { api, signal }) {
    const result = await api.searchKnowledge(args, { signal });
    return { structured: result, summary: `${result.passages.length} passage(s) for "${result.query}", best first.` };
  },
});
