import { randomUUID } from 'node:crypto';
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import type { Context, Hono } from 'hono';
import { CinematicAdsError } from '../contract/errors.ts';
import { operations } from '../contract/operations.ts';
import { createMcpServer } from '../mcp/create-mcp-server.ts';
import { readJsonRpcBody, jsonRpcErrorResponse } from '../mcp/http/jsonrpc-body.ts';
import { calledTools, opensSession } from '../mcp/http/jsonrpc-peek.ts';
import type { McpHttpSettings } from '../mcp/http/mcp-http-settings.ts';
import { createMcpSessionRegistry, type McpSession } from '../mcp/http/mcp-session-registry.ts';
import { createOriginPolicy } from '../mcp/http/origin-policy.ts';
import { toolErrorResult } from '../mcp/tool-error-result.ts';
import { trackedResponse } from '../mcp/http/tracked-response.ts';
import { inProcessMediaReader } from '../mcp/in-process-media.ts';
import { maxMcpMessageBytes } from '../mcp/mcp-message-limit.ts';
import type { McpServerOptions } from '../mcp/mcp-server-options.ts';
import type { Caller, ServiceHost } from '../service/service-ports.ts';
import type { AppEnv } from './app-env.ts';
import type { RequestGate } from './request-gate.ts';
import { responseHeaders } from './response-headers.ts';

export interface McpRouteDeps {
  host: ServiceHost;
  gate: RequestGate;
  publicUrl: string;
  version: string;
  settings: McpHttpSettings;
  /** Aborted on shutdown: every session is closed. */
  closing?: AbortSignal | undefined;
  logError: (message: string, cause: unknown) => void;
}

/**
 * Tools that launch work count against the launch rate limit, as their REST routes do: the launch
 * operations' tools and their variants (launch_workflow_task).
 */
const launchOperations = operations.filter((operation) => operation.rateClass === 'launch').map((operation) => operation.name);
const launchesWork = (tool: string) => launchOperations.some((name) => tool === name || tool.startsWith(`${name}_`));

/**
 * `/mcp`: MCP over Streamable HTTP, stateful. Each request passes the DNS-rebinding check, a
 * Bearer API key (the same keys as the REST API; a session cookie is not enough, so a browser
 * cannot be made to call tools with its user's cookie) and the rate limits. `initialize` opens a
 * session — a transport and a server over the key's account — that only that account can use;
 * DELETE, idleness or shutdown close it.
 */
export function registerMcpRoute(app: Hono<AppEnv>, deps: McpRouteDeps): void {
  const { settings } = deps;
  const policy = createOriginPolicy({ publicUrl: deps.publicUrl, allowedHosts: settings.allowedHosts, allowedOrigins: settings.allowedOrigins });
  const sessions = createMcpSessionRegistry({
    maxSessions: settings.maxSessions ?? 200,
    maxSessionsPerAccount: settings.maxSessionsPerAccount ?? 10,
    idleTimeoutMs: settings.idleTimeoutMs ?? 30 * 60_000,
  });
  deps.closing?.addEventListener('abort', () => void sessions.closeAll(), { once: true });
  const serverOptions: McpServerOptions = {
    version: deps.version,
    toolsets: settings.toolsets,
    readOnly: settings.readOnly,
    readMedia: inProcessMediaReader(deps.host),
    apiUrl: deps.publicUrl,
    logError: deps.logError,
  };

  const openSession = async (caller: Caller): Promise<McpSession> => {
    const transport: WebStandardStreamableHTTPServerTransport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => sessions.bind(session, id),
      onsessionclosed: () => void sessions.close(session),
      maxRequestBodySize: maxMcpMessageBytes,
    });
    const server = createMcpServer(deps.host.forAccount(caller), serverOptions);
    const session: McpSession = { id: undefined, accountId: caller.account.id, transport, server, lastActive: Date.now(), open: 0 };
    sessions.admit(session);
    await server.connect(transport);
    return session;
  };

  app.on(['GET', 'POST', 'DELETE'], '/mcp', async (c) => {
    const refusal = policy.check(c.req.header('Host'), c.req.header('Origin'));
    if (refusal) throw refusal;
    if (!/^Bearer\s/i.test(c.req.header('Authorization') ?? '')) {
      throw new CinematicAdsError('unauthorized', '/mcp needs an API key: send "Authorization: Bearer <API key>"');
    }
    const caller = (await deps.gate.admit(c, 'default', true))!;
    const body = c.req.method === 'POST' ? await readJsonRpcBody(c.req.raw) : ({ kind: 'unread' } as const);
    if (body.kind === 'refused') return withHeaders(body.response, c);
    const message = body.kind === 'parsed' ? body.value : undefined;

    const sessionId = c.req.header('Mcp-Session-Id');
    let session: McpSession | undefined;
    if (sessionId !== undefined) {
      session = sessions.find(sessionId);
      // Another account's session is as unknown as a closed one.
      if (!session || session.accountId !== caller.account.id) {
        return withHeaders(jsonRpcErrorResponse(404, -32001, 'Session not found: it was closed or has expired; start a new one with initialize'), c);
      }
    } else if (c.req.method === 'POST' && opensSession(message)) {
      if (!sessions.hasRoom()) {
        throw new CinematicAdsError('unavailable', 'Too many MCP sessions are open on this server; retry in a moment', { details: { retryAfterSeconds: 30 } });
      }
      session = await openSession(caller);
    } else {
      return withHeaders(jsonRpcErrorResponse(400, -32000, 'Bad Request: send initialize first, then the Mcp-Session-Id header it answers with'), c);
    }
    const throttled = await admitLaunches(c, message);
    if (throttled) return withHeaders(throttled, c);
    return withHeaders(await handle(session, c, message, caller), c);
  });

  /**
   * Counts each launching tool call against the launch limit. Over it, the call is answered as the
   * REST API's 429 in a tool result (isError), so the model reads when to retry; HTTP stays 200.
   */
  async function admitLaunches(c: Context<AppEnv>, message: unknown): Promise<Response | null> {
    for (const call of calledTools(message).filter((called) => launchesWork(called.name))) {
      try {
        await deps.gate.admit(c, 'launch', true);
      } catch (thrown) {
        if (!CinematicAdsError.is(thrown) || thrown.code !== 'rate_limited' || Array.isArray(message)) throw thrown;
        return Response.json({ jsonrpc: '2.0', id: call.id, result: toolErrorResult(thrown) });
      }
    }
    return null;
  }

  async function handle(session: McpSession, c: Context<AppEnv>, message: unknown, caller: Caller): Promise<Response> {
    session.lastActive = Date.now();
    session.open += 1;
    const done = () => {
      session.open -= 1;
      session.lastActive = Date.now();
    };
    let response: Response;
    try {
      response = await session.transport.handleRequest(c.req.raw, {
        ...(message !== undefined ? { parsedBody: message } : {}),
        authInfo: { token: 'api-key', clientId: caller.credentialId, scopes: [], extra: { accountId: caller.account.id } },
      });
    } catch (error) {
      done();
      throw error;
    }
    // An initialize the transport refused leaves a session without an id: nobody can reach it again.
    if (session.id === undefined) void sessions.close(session);
    return trackedResponse(response, done);
  }
}

/** The request's own headers (request id, rate limits, CORS) on the transport's response. */
function withHeaders(response: Response, c: Context<AppEnv>): Response {
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(responseHeaders(c))) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
