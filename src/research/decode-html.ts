/**
 * Bytes to text the way browsers pick the encoding: a byte-order mark, then the Content-Type
 * charset, then a `<meta charset>` in the first 2 KB, then UTF-8.
 */
export function decodeHtml(bytes: Uint8Array, headerCharset?: string): string {
  const label = bomEncoding(bytes) ?? headerCharset ?? metaCharset(bytes) ?? 'utf-8';
  return new TextDecoder(supported(label)).decode(bytes);
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function metaCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
}

function supported(label: string): string {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return 'utf-8';
  }
}
