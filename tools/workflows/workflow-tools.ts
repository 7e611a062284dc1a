import type { ToolDefinition } from '../tool-definition.ts';
import { cancelWorkflowTool } from './cancel-workflow.ts';
import { followWorkflowTool } from './follow-workflow.ts';
import { getWorkflowTool } from './get-workflow.ts';
import { launchWorkflowTool } from './launch-workflow.ts';
import { reviewWorkflowTool } from './review-workflow.ts';

/** Launch, follow, check, review and cancel one job (batches are in ../batches). */
export const workflowTools: ToolDefinition[] = [launchWorkflowTool, followWorkflowTool, getWorkflowTool, reviewWorkflowTool, cancelWorkflowTool];
