import { CinematicAdsError } from '../contract/errors.ts';
import { decodeContent } from './content-decoding.ts';
import { isAcceptedType, parseContentType } from './content-type.ts';
import { createLimitedBody, payloadTooLarge } from './limited-body.ts';
import { toResponseHeaders } from './response-headers.ts';
import { SafeResponse } from './safe-response.ts';
import type { FetchDeadline } from './fetch-deadline.ts';
import type { HopResponse } from './send-request.ts';

export interface FinalContext {
  url: URL;
  method: string;
  redirects: string[];
  maxBytes: number;
  accept: readonly string[];
  deadline: FetchDeadline;
}

/**
 * Turns the last hop into a SafeResponse: a declared Content-Length over the limit and a 2xx of
 * an unaccepted media type are refused before any body is read; the body is decoded and limited.
 */
export function finalResponse(exchange: HopResponse, context: FinalContext): SafeResponse {
  const { response, remoteAddress } = exchange;
  const { url, maxBytes, accept, deadline } = context;
  const status = response.statusCode ?? 0;
  const declared = Number(response.headers['content-length']);
  // A HEAD answer declares the size of a body it does not send.
  if (context.method !== 'HEAD' && Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw payloadTooLarge(url.href, maxBytes);
  }
  const mediaType = parseContentType(response.headers['content-type'])?.mediaType;
  if (status >= 200 && status < 300 && !isAcceptedType(mediaType, accept)) {
    response.destroy();
    throw new CinematicAdsError('invalid_request', `${url.href} returned ${mediaType ?? 'no content type'}, expected ${accept.join(' or ')}`, {
      details: { url: url.href, contentType: mediaType ?? null, accept },
    });
  }
  const { body: source, decoded } = decodeContent(response, response.headers['content-encoding'], url.href);
  const limited = createLimitedBody(source, { maxBytes, url: url.href, signal: deadline.signal, onSettled: deadline.clear });
  return new SafeResponse({
    status,
    // Decoded bodies no longer match the transfer's length and encoding headers.
    headers: toResponseHeaders(response.rawHeaders, decoded ? ['content-encoding', 'content-length'] : []),
    finalUrl: url.href,
    redirects: context.redirects,
    remoteAddress,
    body: limited.stream,
    bytesRead: limited.bytesRead,
  });
}
