import { CinematicAdsError } from '../../contract/errors.ts';
import { documentContentTypes } from '../../knowledge/document-kinds.ts';
import { sniffDocument } from '../../knowledge/document-type.ts';
import { parseContentType } from '../../net/content-type.ts';
import type { SafeFetch } from '../../net/safe-fetch.ts';
import { decodeHtml } from '../../research/decode-html.ts';
import type { IngestInput } from './ingest-source.ts';

export interface FetchedSource {
  finalUrl: string;
  contentType: string;
  bytes: number;
  input: IngestInput;
}

const htmlTypes = ['text/html', 'application/xhtml+xml'];
/** A knowledge URL may also point straight at a PDF brochure or a text file. */
const acceptedTypes = [...htmlTypes, 'application/pdf', 'text/plain', 'text/csv'];

/**
 * Fetches a knowledge URL through the SSRF-guarded fetch (every address and redirect checked:
 * a refused destination is a 403 and no source is created) and says how to read what came back.
 * A 4xx page is the caller's bad URL (400); a 5xx is retryable (503).
 */
export async function fetchKnowledgeSource(
  safeFetch: SafeFetch,
  url: string,
  limits: { maxBytes: number; timeoutMs: number },
  signal?: AbortSignal,
): Promise<FetchedSource> {
  const response = await safeFetch(url, { accept: acceptedTypes, maxBytes: limits.maxBytes, timeoutMs: limits.timeoutMs, ...(signal ? { signal } : {}) });
  if (!response.ok) {
    await response.cancel();
    throw new CinematicAdsError(response.status >= 500 ? 'unavailable' : 'invalid_request', `The page at ${response.finalUrl} answered HTTP ${response.status}`, {
      details: { url, finalUrl: response.finalUrl, status: response.status },
    });
  }
  const bytes = await response.bytes();
  const mediaType = response.mediaType ?? '';
  if (htmlTypes.includes(mediaType)) {
    const html = decodeHtml(bytes, parseContentType(response.headers.get('content-type'))?.charset);
    return { finalUrl: response.finalUrl, contentType: mediaType, bytes: bytes.byteLength, input: { kind: 'page', html } };
  }
  const sniffed = sniffDocument(bytes, { mediaType, filename: new URL(response.finalUrl).pathname });
  return { finalUrl: response.finalUrl, contentType: documentContentTypes[sniffed.kind], bytes: bytes.byteLength, input: { kind: 'document', bytes, sniffed } };
}
