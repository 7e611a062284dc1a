import type { ReadResourceResult } from '@modelcontextprotocol/sdk/types.js';

/** One JSON document as a resource read's contents (pretty-printed: models and people both read it). */
export function jsonContents(uri: string, value: unknown): ReadResourceResult {
  return { contents: [{ uri, mimeType: 'application/json', text: JSON.stringify(value, null, 2) }] };
}
