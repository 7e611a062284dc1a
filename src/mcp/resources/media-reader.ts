/** Reads the bytes behind one of the service's signed media URLs (McpServerOptions.readMedia). */
export type ReadMedia = (url: string) => Promise<{ bytes: Uint8Array; mimeType: string } | null>;

/**
 * Largest file served through resources/read. A blob travels base64-encoded inside one JSON-RPC
 * message (a third larger), which clients hold in memory whole: 16 MiB covers a premium 30 s
 * 1080p cut at our encode settings; anything larger is for the signed URL, which supports ranges.
 */
export const maxResourceBytes = 16 * 1024 * 1024;

const textTypes = /^(text\/|application\/(json|xml|javascript)\b|[^;]*\+json\b)/;

/** Whether a media type is text, so it is returned as `text` rather than a base64 `blob`. */
export function isTextMimeType(mimeType: string): boolean {
  return textTypes.test(mimeType.trim().toLowerCase());
}

/** Drops parameters (`; charset=utf-8`): MCP's mimeType is the bare type, and our text is always UTF-8. */
export function bareMimeType(mimeType: string): string {
  return mimeType.split(';')[0]?.trim() || 'application/octet-stream';
}
