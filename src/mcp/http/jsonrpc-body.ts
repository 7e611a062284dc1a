import { maxMcpMessageBytes } from '../mcp-message-limit.ts';

export type JsonRpcBody = { kind: 'parsed'; value: unknown } | { kind: 'refused'; response: Response } | { kind: 'unread' };

/**
 * A POST body read here rather than by the transport, because the route must see it first (does
 * it open a session? which tools does it call?). Bodies that are not JSON are left unread for the
 * transport to refuse in its own words (415). Read while counting: a body over the limit is
 * refused as soon as it crosses it, whatever Content-Length claimed.
 */
export async function readJsonRpcBody(request: Request): Promise<JsonRpcBody> {
  const contentType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (contentType !== 'application/json' || !request.body) return { kind: 'unread' };
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxMcpMessageBytes) return { kind: 'refused', response: tooLarge() };
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxMcpMessageBytes) return { kind: 'refused', response: tooLarge() };
    chunks.push(chunk);
  }
  try {
    return { kind: 'parsed', value: JSON.parse(Buffer.concat(chunks).toString('utf8')) };
  } catch {
    return { kind: 'refused', response: jsonRpcErrorResponse(400, -32700, 'Parse error: the body is not valid JSON') };
  }
}

/** A JSON-RPC error as the Streamable HTTP transport itself answers them (no request id known). */
export function jsonRpcErrorResponse(status: number, code: number, message: string): Response {
  return Response.json({ jsonrpc: '2.0', error: { code, message }, id: null }, { status });
}

function tooLarge(): Response {
  return jsonRpcErrorResponse(413, -32000, `Payload too large: an MCP message may be at most ${maxMcpMessageBytes / (1024 * 1024)} MB`);
}
