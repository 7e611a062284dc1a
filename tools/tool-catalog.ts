import { accountTools } from './account/account-tools.ts';
import { batchTools } from './batches/batch-tools.ts';
import { brandTools } from './brand/brand-tools.ts';
import { estimateCostTool } from './estimate-cost.ts';
import { knowledgeTools } from './knowledge/knowledge-tools.ts';
import { platformTools } from './platform/platform-tools.ts';
import type { ToolDefinition, Toolset } from './tool-definition.ts';
import { webhookTools } from './webhooks/webhook-tools.ts';
import { workflowTools } from './workflows/workflow-tools.ts';

/** Every tool, in the order a model reads them: launch and follow work first, housekeeping last. */
export const toolCatalog: readonly ToolDefinition[] = [
  ...workflowTools,
  estimateCostTool,
  ...batchTools,
  ...accountTools,
  ...brandTools,
  ...knowledgeTools,
  ...webhookTools,
  ...platformTools,
];

/**
 * Operations served by a tool of another name. The SSE stream is not a request/response call: a
 * model follows a job with follow_workflow, which reads the stream and reports it as progress.
 */
export const toolNameForOperation: Readonly<Record<string, string>> = { get_workflow_stream: 'follow_workflow' };

export interface ToolSelection {
  /** Toolsets to expose; absent: all. */
  toolsets?: readonly Toolset[] | undefined;
  /** Only tools that change nothing (readOnlyHint). */
  readOnly?: boolean | undefined;
}

/** The tools a server exposes for a user's choice of toolsets and read-only mode. */
export function selectTools(selection: ToolSelection = {}, catalog: readonly ToolDefinition[] = toolCatalog): ToolDefinition[] {
  const toolsets = selection.toolsets ? new Set(selection.toolsets) : null;
  return catalog.filter((tool) => (!toolsets || toolsets.has(tool.toolset)) && (!selection.readOnly || tool.annotations.readOnlyHint));
}
