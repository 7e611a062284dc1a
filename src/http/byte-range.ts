/** An inclusive byte span of a file. */
export interface ByteSpan {
  start: number;
  end: number;
}

/**
 * Reads a `Range` header against a file of `size` bytes (RFC 9110 §14): a span to send, 'full'
 * when there is no usable single range (absent, multi-range or not bytes — the whole file is a
 * valid answer), or 'unsatisfiable' (416) when it starts past the end.
 */
export function parseByteRange(header: string | undefined, size: number): ByteSpan | 'full' | 'unsatisfiable' {
  if (!header) return 'full';
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return 'full';
  const [first, last] = [match[1]!, match[2]!];
  if (first === '') {
    // `bytes=-N`: the last N bytes.
    const length = Number(last);
    if (length === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - length), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (start >= size) return 'unsatisfiable';
  if (end < start) return 'full';
  return { start, end };
}
