import type { ToolDefinition } from '../tool-definition.ts';
import { getBatchStatusTool } from './get-batch-status.ts';
import { launchBatchTool } from './launch-batch.ts';

export const batchTools: ToolDefinition[] = [launchBatchTool, getBatchStatusTool];
