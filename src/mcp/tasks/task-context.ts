import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { RELATED_TASK_META_KEY, type ElicitRequestFormParams } from '@modelcontextprotocol/sdk/types.js';
import type { CinematicAds } from '../../contract/interface.ts';
import type { ElicitAnswer, ElicitQuestion, ToolContext } from '../../../tools/tool-definition.ts';
import type { McpServerOptions } from '../mcp-server-options.ts';
import { createToolContext, type ToolCallExtra } from '../tool-context.ts';

/** A person reviewing a storyboard needs minutes; the question still ends (and tasks/result keeps waiting for the job). */
const elicitTimeoutMs = 15 * 60_000;

/**
 * The channels of a tasks/result request while it waits for its job: progress on that request's
 * token, and questions for the human tagged with the task they are about (MCP's related-task
 * metadata), sent on that request's stream.
 */
export function taskResultContext(server: McpServer, api: CinematicAds, options: McpServerOptions, extra: ToolCallExtra, taskId: string): ToolContext {
  const context = createToolContext(server, api, options, extra);
  if (!context.elicit) return context;
  return { ...context, elicit: (question) => elicitForTask(server, extra, taskId, question) };
}

async function elicitForTask(server: McpServer, extra: ToolCallExtra, taskId: string, question: ElicitQuestion): Promise<ElicitAnswer> {
  const params: ElicitRequestFormParams = {
    mode: 'form',
    message: question.message,
    requestedSchema: question.requestedSchema as ElicitRequestFormParams['requestedSchema'],
    // Set in the params, not as the request's relatedTask option: that option queues the request for a
    // task message queue this server does not keep, while tasks/result is open to carry it now.
    _meta: { [RELATED_TASK_META_KEY]: { taskId } },
  };
  const answer = await server.server.elicitInput(params, { relatedRequestId: extra.requestId, signal: extra.signal, timeout: elicitTimeoutMs });
  return answer.action === 'accept' ? { action: 'accept', content: answer.content ?? {} } : { action: answer.action };
}
