import type { Config } from '../config.ts';
import type { McpHttpSettings } from '../mcp/http/mcp-http-settings.ts';
import type { RateLimiter } from './rate-limiter.ts';

/** What `createHttpApp` needs besides the service. */
export interface HttpAppOptions {
  config: Config;
  /** Service version, for the landing document. */
  version: string;
  /** Base URL clients reach this server at, e.g. "http://localhost:3000". */
  publicUrl: string;
  /** Counters behind the rate limits; default: in memory (one process). A Redis limiter fits the same port. */
  rateLimiter?: RateLimiter;
  /** Aborted on shutdown: open SSE streams end so the server can close. */
  closing?: AbortSignal;
  /** Where the causes of 500s go (never to the client); default: stderr. */
  logError?: (message: string, cause: unknown) => void;
  /** Serve MCP over Streamable HTTP at /mcp with these settings; absent: no /mcp. */
  mcp?: McpHttpSettings;
}
