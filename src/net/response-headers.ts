/** Node's raw header pairs as a web `Headers`; values the Headers class rejects are dropped. */
export function toResponseHeaders(rawHeaders: readonly string[], dropped: readonly string[] = []): Headers {
  const headers = new Headers();
  for (let index = 0; index + 1 < rawHeaders.length; index += 2) {
    const name = rawHeaders[index] ?? '';
    if (dropped.includes(name.toLowerCase())) continue;
    try {
      headers.append(name, rawHeaders[index + 1] ?? '');
    } catch {
      // A header name or value no web client could represent: leave it out.
    }
  }
  return headers;
}
