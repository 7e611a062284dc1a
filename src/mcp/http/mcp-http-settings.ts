import type { Toolset } from '../../../tools/tool-definition.ts';

/** How `/mcp` is served inside `cinematicads serve`; every field has a default. */
export interface McpHttpSettings {
  toolsets?: readonly Toolset[] | undefined;
  readOnly?: boolean | undefined;
  /** Host names accepted besides the public URL's and loopback (DNS-rebinding protection). */
  allowedHosts?: readonly string[] | undefined;
  /** Browser origins accepted besides the public URL's. */
  allowedOrigins?: readonly string[] | undefined;
  /** Sessions open at once, all accounts together; beyond it new sessions answer 503. Default 200. */
  maxSessions?: number;
  /** Sessions one account may hold; opening one more closes its least recently used. Default 10. */
  maxSessionsPerAccount?: number;
  /** A session with no request and no open stream for this long is closed. Default 30 min. */
  idleTimeoutMs?: number;
}
