import { acceptedEncodings } from './content-decoding.ts';

// Managed here, never by the caller: a caller-set Host could steer a shared front end on an
// allowed domain to a different site, and framing headers must match what is actually sent.
const managedHeaders = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'accept-encoding', 'keep-alive', 'upgrade', 'te']);

/** The headers of the first hop: defaults, then the caller's (lower-cased), minus managed ones. */
export function buildRequestHeaders(userAgent: string, accept: readonly string[], extra: Record<string, string> = {}): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': userAgent,
    accept: accept.length > 0 ? accept.join(', ') : '*/*',
    'accept-encoding': acceptedEncodings,
  };
  for (const [name, value] of Object.entries(extra)) {
    const key = name.toLowerCase();
    if (!managedHeaders.has(key)) headers[key] = value;
  }
  return headers;
}
