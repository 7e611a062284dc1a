import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { ToolLink, ToolResult } from '../../tools/tool-definition.ts';
import { projectFileUri } from './resources/resource-uris.ts';

/**
 * A tool's result as MCP content: the structured result, the same as JSON text after a one-line
 * summary (for clients that ignore structuredContent), its files as resource links and its
 * small images embedded.
 */
export function toCallToolResult(
  result: ToolResult<unknown>,
  structured: Record<string, unknown>,
  options: { mediaReadable?: boolean } = {},
): CallToolResult {
  const json = JSON.stringify(structured);
  return {
    structuredContent: structured,
    content: [
      { type: 'text', text: result.summary ? `${result.summary}\n${json}` : json },
      ...(result.links ?? []).map((link) => resourceLink(link, options.mediaReadable ?? false)),
      ...(result.images ?? []).map((image) => ({ type: 'image' as const, data: image.data, mimeType: image.mimeType })),
    ],
  };
}

/** Our signed media URLs: `/media/{jobId}/{file}?expires=…&signature=…`. */
const mediaPath = /\/media\/(wf_[A-Za-z0-9_-]+)\/([^/?#]+)$/;

/**
 * A file link. When this server can read its media (in process, or remote with a media reader),
 * a project file's link names the readable resource `cinematicads://projects/{id}/files/{name}`,
 * and the signed download URL travels in its description for people and plain HTTP clients.
 */
function resourceLink(link: ToolLink, mediaReadable: boolean) {
  const match = mediaReadable ? mediaPath.exec(safePathname(link.uri)) : null;
  const uri = match ? projectFileUri(match[1]!, decodeURIComponent(match[2]!)) : link.uri;
  const description = match ? [link.description, `download: ${link.uri}`].filter(Boolean).join('; ') : link.description;
  return { type: 'resource_link' as const, uri, name: link.name, mimeType: link.mimeType, ...(description ? { description } : {}) };
}

function safePathname(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}
