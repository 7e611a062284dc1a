import type { ToolDefinition } from '../tool-definition.ts';
import { exportVideoTool } from './export-video.ts';
import { getHealthTool } from './get-health.ts';
import { getModelsStatusTool } from './get-models-status.ts';
import { getOpenapiDocumentTool } from './get-openapi-document.ts';

export const platformTools: ToolDefinition[] = [getModelsStatusTool, getHealthTool, exportVideoTool, getOpenapiDocumentTool];
