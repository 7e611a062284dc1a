import { isInitializeRequest } from '@modelcontextprotocol/sdk/types.js';

/** A POST body's JSON-RPC messages (one or a batch); what is not one is left for the transport to refuse. */
function messagesOf(body: unknown): unknown[] {
  return Array.isArray(body) ? body : [body];
}

/** Whether the body opens a session (`initialize`). */
export function opensSession(body: unknown): boolean {
  return messagesOf(body).some((message) => isInitializeRequest(message));
}

/** The tool calls in the body (request id and tool name), so the route can count launches against the launch rate limit. */
export function calledTools(body: unknown): Array<{ id: string | number; name: string }> {
  return messagesOf(body).flatMap((message) => {
    if (typeof message !== 'object' || message === null) return [];
    const { id, method, params } = message as { id?: unknown; method?: unknown; params?: { name?: unknown } };
    const validId = typeof id === 'string' || typeof id === 'number';
    return method === 'tools/call' && validId && typeof params?.name === 'string' ? [{ id, name: params.name }] : [];
  });
}
