import type { ToolDefinition } from '../tool-definition.ts';
import { createApiKeyTool } from './create-api-key.ts';
import { exportProjectsTool } from './export-projects.ts';
import { getAnalyticsTool } from './get-analytics.ts';
import { getCreditsTool } from './get-credits.ts';
import { getStatsTool } from './get-stats.ts';
import { listApiKeysTool } from './list-api-keys.ts';
import { listProjectsTool } from './list-projects.ts';
import { revokeApiKeyTool } from './revoke-api-key.ts';

export const accountTools: ToolDefinition[] = [
  getCreditsTool,
  getStatsTool,
  getAnalyticsTool,
  listProjectsTool,
  exportProjectsTool,
  listApiKeysTool,
  createApiKeyTool,
  revokeApiKeyTool,
];
