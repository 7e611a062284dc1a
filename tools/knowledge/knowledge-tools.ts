import type { ToolDefinition } from '../tool-definition.ts';
import { addKnowledgeUrlTool } from './add-knowledge-url.ts';
import { deleteKnowledgeSourceTool } from './delete-knowledge-source.ts';
import { listKnowledgeSourcesTool } from './list-knowledge-sources.ts';
import { searchKnowledgeTool } from './search-knowledge.ts';
import { uploadKnowledgeFileTool } from './upload-knowledge-file.ts';

export const knowledgeTools: ToolDefinition[] = [
  addKnowledgeUrlTool,
  uploadKnowledgeFileTool,
  listKnowledgeSourcesTool,
  searchKnowledgeTool,
  deleteKnowledgeSourceTool,
];
