import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { RequestHandlerExtra } from '@modelcontextprotocol/sdk/shared/protocol.js';
import type { ElicitRequestFormParams, ServerNotification, ServerRequest } from '@modelcontextprotocol/sdk/types.js';
import type { CinematicAds } from '../contract/interface.ts';
import type { ElicitAnswer, ElicitQuestion, ToolContext } from '../../tools/tool-definition.ts';
import type { McpServerOptions } from './mcp-server-options.ts';

export type ToolCallExtra = RequestHandlerExtra<ServerRequest, ServerNotification>;

/** A person answering a form (a storyboard review) needs minutes, not the SDK's default 60 s; the wait still ends. */
const elicitTimeoutMs = 15 * 60_000;

/**
 * The channels of one tool call back to the client: progress when it sent a progressToken,
 * elicitation when it declared form elicitation (a client that cannot answer is never asked), and
 * its cancellation signal.
 */
export function createToolContext(server: McpServer, api: CinematicAds, options: McpServerOptions, extra: ToolCallExtra): ToolContext {
  const elicitation = server.server.getClientCapabilities()?.elicitation;
  return {
    api,
    signal: extra.signal,
    progress: progressReporter(extra),
    ...(elicitation?.form ? { elicit: (question: ElicitQuestion) => elicit(server, extra, question) } : {}),
    ...(options.readMedia ? { readMedia: options.readMedia } : {}),
    ...(options.apiUrl ? { apiUrl: options.apiUrl } : {}),
  };
}

/** MCP requires progress to increase with every notification: a repeat or a step back is not sent. */
function progressReporter(extra: ToolCallExtra): ToolContext['progress'] {
  const progressToken = extra._meta?.progressToken;
  if (progressToken === undefined) return async () => {};
  let last = -Infinity;
  return async ({ progress, total, message }) => {
    if (!(progress > last) || extra.signal.aborted) return;
    last = progress;
    await extra.sendNotification({
      method: 'notifications/progress',
      params: { progressToken, progress, ...(total !== undefined ? { total } : {}), ...(message ? { message } : {}) },
    });
  };
}

async function elicit(server: McpServer, extra: ToolCallExtra, question: ElicitQuestion): Promise<ElicitAnswer> {
  const params: ElicitRequestFormParams = {
    mode: 'form',
    message: question.message,
    requestedSchema: question.requestedSchema as ElicitRequestFormParams['requestedSchema'],
  };
  // Sent as part of the tool call, so Streamable HTTP carries it on the call's own stream.
  const answer = await server.server.elicitInput(params, {
    relatedRequestId: extra.requestId,
    signal: extra.signal,
    timeout: elicitTimeoutMs,
  });
  return answer.action === 'accept' ? { action: 'accept', content: answer.content ?? {} } : { action: answer.action };
}
