import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { CinematicAds } from '../contract/interface.ts';
import { parseOrThrow } from '../contract/validation.ts';
import type { McpServerOptions } from './mcp-server-options.ts';
import { createJobTaskStore } from './tasks/job-task-store.ts';
import { launchWorkflowTaskTool } from './tasks/launch-workflow-task.ts';
import { installTaskStore } from './tasks/task-request-handlers.ts';
import { createToolContext } from './tool-context.ts';
import { asToolError, toolErrorResult } from './tool-error-result.ts';
import { toolSchemas } from './tool-schemas.ts';

/**
 * Offers generation as an MCP task (experimental in the SDK): `launch_workflow_task` answers with a
 * task whose id is the job id, and tasks/get, tasks/result, tasks/list and tasks/cancel work on jobs.
 * Generation spends credits, so a read-only server offers none; it belongs to the workflows toolset.
 */
export function registerGenerationTasks(server: McpServer, api: CinematicAds, options: McpServerOptions): void {
  if (options.readOnly) return;
  if (options.toolsets && !options.toolsets.includes('workflows')) return;
  const store = createJobTaskStore(api, { mediaReadable: Boolean(options.readMedia) });
  installTaskStore(server, api, options, store);

  const tool = launchWorkflowTaskTool;
  const schemas = toolSchemas(tool);
  const logError = options.logError ?? ((message: string, cause: unknown) => process.stderr.write(`${message}: ${String(cause)}\n`));
  server.experimental.tasks.registerToolTask(
    tool.name,
    {
      title: tool.title,
      description: tool.description,
      inputSchema: schemas.inputCarrier,
      outputSchema: schemas.outputCarrier,
      annotations: { title: tool.title, ...tool.annotations },
      execution: { taskSupport: 'required' },
    },
    {
      async createTask(args, extra) {
        try {
          const input = parseOrThrow(tool.input, args, 'arguments');
          const { structured } = await tool.handler(input, createToolContext(server, api, options, extra));
          return { task: await extra.taskStore.createTask({ context: { jobId: structured.jobId } }) };
        } catch (thrown) {
          // A refused launch (bad arguments, 402…) is a failed task carrying the REST API's sentence:
          // the SDK would turn a thrown error into a malformed task answer and lose the sentence.
          const rejected = toolErrorResult(asToolError(thrown, logError));
          return { task: await extra.taskStore.createTask({ context: { rejected } }) };
        }
      },
      getTask: (_args, extra) => extra.taskStore.getTask(extra.taskId),
      getTaskResult: async (_args, extra) => (await extra.taskStore.getTaskResult(extra.taskId)) as CallToolResult,
    },
  );
}
