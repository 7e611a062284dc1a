import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';

/** One client's MCP session over HTTP: its transport and its server, bound to one account. */
export interface McpSession {
  /** Set once the transport has answered `initialize`. */
  id: string | undefined;
  accountId: string;
  transport: WebStandardStreamableHTTPServerTransport;
  server: McpServer;
  lastActive: number;
  /** Requests and streams open now: a busy session is never idle. */
  open: number;
}

export interface McpSessionRegistry {
  find(id: string): McpSession | undefined;
  /** Whether another session may open now (the server-wide bound). */
  hasRoom(): boolean;
  /** Counts a new session before its id is known; its account's least recently used goes when the account is at its bound. */
  admit(session: McpSession): void;
  /** Files the session under the id its transport chose. */
  bind(session: McpSession, id: string): void;
  /** Closes and forgets a session (DELETE, idle, eviction, shutdown); safe to call twice. */
  close(session: McpSession): Promise<void>;
  closeAll(): Promise<void>;
  readonly size: number;
}

export function createMcpSessionRegistry(options: { maxSessions: number; maxSessionsPerAccount: number; idleTimeoutMs: number; now?: () => number }): McpSessionRegistry {
  const now = options.now ?? Date.now;
  const sessions = new Set<McpSession>();
  const byId = new Map<string, McpSession>();

  const close = async (session: McpSession) => {
    if (!sessions.delete(session)) return;
    if (session.id) byId.delete(session.id);
    await session.server.close().catch(() => undefined);
  };

  // Idle sessions are swept, not timed one by one: a timer per session per request would churn.
  const sweep = setInterval(() => {
    const cutoff = now() - options.idleTimeoutMs;
    for (const session of sessions) if (session.open === 0 && session.lastActive < cutoff) void close(session);
  }, Math.max(10, Math.min(options.idleTimeoutMs / 2, 60_000)));
  sweep.unref();

  return {
    find: (id) => byId.get(id),
    hasRoom: () => sessions.size < options.maxSessions,
    admit(session) {
      const own = [...sessions].filter((other) => other.accountId === session.accountId);
      if (own.length >= options.maxSessionsPerAccount) {
        const leastRecent = own.reduce((oldest, other) => (other.lastActive < oldest.lastActive ? other : oldest));
        void close(leastRecent);
      }
      sessions.add(session);
    },
    bind(session, id) {
      session.id = id;
      if (sessions.has(session)) byId.set(id, session);
    },
    close,
    async closeAll() {
      clearInterval(sweep);
      await Promise.all([...sessions].map(close));
    },
    get size() {
      return sessions.size;
    },
  };
}
