import { refusal } from './refusal-error.ts';
import type { HopContext } from './refusal-error.ts';
import type { HopRequest } from './send-request.ts';

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

// Credentials meant for one origin must not follow a redirect to another.
const originBoundHeaders = ['authorization', 'cookie', 'proxy-authorization'];

export function isRedirect(status: number, location: string | undefined): location is string {
  return redirectStatuses.has(status) && typeof location === 'string' && location.length > 0;
}

/** The absolute URL a Location header points to, relative to the hop that sent it. */
export function redirectTarget(location: string, from: URL, hop: HopContext): URL {
  try {
    return new URL(location, from);
  } catch (error) {
    throw refusal('invalid_request', hop, `the server redirected to an invalid location "${location.slice(0, 200)}"`, {
      reason: 'redirect',
      cause: String(error),
    });
  }
}

/**
 * The request for the next hop, as browsers do it: 303 (and 301/302 after a POST) become a
 * body-less GET; 307/308 repeat the method and body.
 */
export function requestAfterRedirect(status: number, previous: HopRequest, from: URL, to: URL): HopRequest {
  const headers = { ...previous.headers };
  if (from.origin !== to.origin) for (const name of originBoundHeaders) delete headers[name];
  const becomesGet = status === 303 ? previous.method !== 'HEAD' : (status === 301 || status === 302) && previous.method === 'POST';
  if (!becomesGet) return { ...previous, headers };
  delete headers['content-type'];
  return { method: 'GET', headers };
}
