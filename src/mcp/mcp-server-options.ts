import type { Toolset } from '../../tools/tool-definition.ts';

/** How one MCP server is set up; parsed once from flags/env by the command that starts it. */
export interface McpServerOptions {
  version: string;
  /** Toolsets to expose; default all. */
  toolsets?: readonly Toolset[];
  /** Only tools whose readOnlyHint is true (and no task-based generation). */
  readOnly?: boolean;
  /**
   * Reads a finished file behind one of the service's signed media URLs, so results can be served
   * as MCP content (resources, embedded images) rather than paths: in process it opens the file
   * from the data folder; in remote mode it fetches the URL. Absent: links only.
   */
  readMedia?: (url: string) => Promise<{ bytes: Uint8Array; mimeType: string } | null>;
  /** Base URL of the REST API behind this server (its public URL), for download links; absent: none. */
  apiUrl?: string;
  /** Where causes of internal errors go (never to the client); default stderr, which stdio keeps free of protocol. */
  logError?: (message: string, cause: unknown) => void;
}
