import { knowledgeFileUpload } from '../schemas/knowledge-file.ts';
import {
  deletedKnowledgeSource,
  knowledgeSearchQuery,
  knowledgeSearchResult,
  knowledgeSource,
  knowledgeSourceList,
  knowledgeSourceParams,
  knowledgeUrlRequest,
} from '../schemas/knowledge.ts';
import { defineOperation } from './operation-definition.ts';

const common = { auth: true, rateClass: 'default', spendsCredits: false, tags: ['Knowledge'] } as const;

export const addKnowledgeUrl = defineOperation({
  ...common,
  name: 'add_knowledge_url',
  method: 'POST',
  path: '/api/user/brand/knowledge/urls',
  input: { body: knowledgeUrlRequest },
  output: knowledgeSource,
  response: { kind: 'json' },
  envelope: 'data',
  errors: ['payload_too_large', 'unavailable'],
  summary: 'Add a web page to the brand knowledge base',
  description:
    'Scrapes a public web page (an about page, a product page, an FAQ — or a PDF or text file at a URL), keeps its main ' +
    'content (not menus or footers) and indexes it in the brand knowledge base, which generations draw facts and ' +
    'wording from. The page is fetched before answering; reading and indexing run in the background: the answer comes ' +
    'when the source is indexed or after about 3 seconds, with status "indexed", "failed" (with the reason) or ' +
    '"pending" (poll the list). Private or local addresses are refused (403) and nothing is added. Free.',
  source: 'seed',
});

export const uploadKnowledgeFile = defineOperation({
  ...common,
  name: 'upload_knowledge_file',
  method: 'POST',
  path: '/api/user/brand/knowledge/files',
  input: { body: knowledgeFileUpload, bodyEncoding: 'multipart' },
  output: knowledgeSource,
  response: { kind: 'json' },
  envelope: 'data',
  errors: ['payload_too_large', 'unavailable'],
  summary: 'Upload a document to the brand knowledge base',
  description:
    'Uploads a document — PDF, DOCX, XLSX, CSV or TXT, at most 10 MB — as the multipart/form-data field "file", and ' +
    'indexes its text in the brand knowledge base. Use it for brand books, product sheets and price lists; spreadsheet ' +
    'rows keep their sheet name and column headers. The type is read from the content, not the name (a binary file ' +
    'named .txt is refused, 400). Reading and indexing run in the background: the answer comes when the document is ' +
    'indexed or after about 3 seconds, with status "indexed", "failed" (with the reason: damaged, password-protected, ' +
    'a zip bomb…) or "pending" (poll the list). Free.',
  source: 'seed',
});

export const listKnowledgeSources = defineOperation({
  ...common,
  name: 'list_knowledge_sources',
  method: 'GET',
  path: '/api/user/brand/knowledge',
  input: {},
  output: knowledgeSourceList,
  response: { kind: 'json' },
  envelope: 'data',
  errors: [],
  summary: 'List the sources of the brand knowledge base',
  description:
    'Returns every page and document in the brand knowledge base, newest first, with its status (pending, indexed, or ' +
    'failed with the reason) and how many passages it gave. Free.',
  source: 'ext',
});

export const deleteKnowledgeSource = defineOperation({
  ...common,
  name: 'delete_knowledge_source',
  method: 'DELETE',
  path: '/api/user/brand/knowledge/:sourceId',
  input: { params: knowledgeSourceParams },
  output: deletedKnowledgeSource,
  response: { kind: 'json' },
  envelope: 'data',
  errors: ['not_found'],
  summary: 'Remove a source from the brand knowledge base',
  description:
    'Deletes a page or document and its passages from the knowledge base; later generations no longer draw on it. ' +
    'Use it for outdated or wrong material. Free.',
  source: 'ext',
});

export const searchKnowledge = defineOperation({
  ...common,
  name: 'search_knowledge',
  method: 'GET',
  path: '/api/user/brand/knowledge/search',
  input: { query: knowledgeSearchQuery },
  output: knowledgeSearchResult,
  response: { kind: 'json' },
  envelope: 'data',
  errors: [],
  summary: 'Search the brand knowledge base',
  description:
    'Returns the passages of the knowledge base closest to a query, best first, each with its source. Ranking is full ' +
    'text (BM25); with an embedding model configured on the server it is hybrid (full text and vectors). Use it to check ' +
    'what generations will know about a product or claim before launching, or to quote a fact exactly. Free and instant.',
  source: 'ext',
});

export const knowledgeOperations = [
  addKnowledgeUrl,
  uploadKnowledgeFile,
  listKnowledgeSources,
  deleteKnowledgeSource,
  searchKnowledge,
] as const;
