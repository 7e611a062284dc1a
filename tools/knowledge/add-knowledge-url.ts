import { knowledgeSource, knowledgeUrlRequest } from '../../src/contract/schemas/knowledge.ts';
import { defineTool } from '../tool-definition.ts';
import { describeSource } from './source-summary.ts';

export const addKnowledgeUrlTool = defineTool({
  name: 'add_knowledge_url',
  operation: 'add_knowledge_url',
  toolset: 'knowledge',
  title: 'Add a web page to knowledge',
  description:
    'Scrapes a public web page (about, product, FAQ) into the brand knowledge base generations draw facts from. For ' +
    'documents use upload_knowledge_file. Free; seconds.',
  input: knowledgeUrlRequest,
  output: knowledgeSource,
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
  async handler(args, { api, signal }) {
    const source = await api.addKnowledgeUrl(args, { signal });
    return { structured: source, summary: describeSource(source) };
  },
});

