import { CinematicAdsError } from '../contract/errors.ts';
import { resolveDestination } from './destination.ts';
import { startDeadline } from './fetch-deadline.ts';
import { finalResponse } from './final-response.ts';
import { toNetworkError } from './network-error.ts';
import { parseOutboundPolicy } from './outbound-policy.ts';
import { isRedirect, redirectTarget, requestAfterRedirect } from './redirect-step.ts';
import { buildRequestHeaders } from './request-headers.ts';
import { sendRequest } from './send-request.ts';
import type { OutboundPolicy, OutboundPolicyInput } from './outbound-policy.ts';
import type { HopContext } from './refusal-error.ts';
import type { SafeResponse } from './safe-response.ts';
import type { HopRequest } from './send-request.ts';

export interface SafeFetchInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  signal?: AbortSignal;
  /** Body limit for this request; the policy's default otherwise. */
  maxBytes?: number;
  /** One budget for resolution, every redirect, headers and body. */
  timeoutMs?: number;
  /** Allowed media types of a 2xx response (`text/html`, `image/*`); anything when absent. */
  accept?: string[];
  maxRedirects?: number;
}

export type SafeFetch = (url: string | URL, init?: SafeFetchInit) => Promise<SafeResponse>;

const methods = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/**
 * The project's only way onto the internet. Every hop is checked (protocol, host allow-list, every
 * resolved address) before a socket exists, the socket is pinned to the checked addresses,
 * redirects are followed by hand and re-checked, and the body is limited while it streams.
 * Rejects with CinematicAdsError: invalid_request (bad URL or protocol), forbidden (refused
 * destination), payload_too_large, unavailable (network failure or timeout); with the caller's
 * abort reason when `init.signal` aborts.
 */
export function createSafeFetch(policyInput: OutboundPolicyInput): SafeFetch {
  const policy = parseOutboundPolicy(policyInput);
  return (url, init = {}) => safeFetch(policy, url, init);
}

async function safeFetch(policy: OutboundPolicy, input: string | URL, init: SafeFetchInit): Promise<SafeResponse> {
  const url = parseUrl(input);
  const method = (init.method ?? 'GET').toUpperCase();
  if (!methods.has(method)) throw new CinematicAdsError('invalid_request', `Unsupported HTTP method ${method.slice(0, 20)}`);
  const maxBytes = positive(init.maxBytes, 'maxBytes') ?? policy.maxBytes;
  const timeoutMs = positive(init.timeoutMs, 'timeoutMs') ?? policy.timeoutMs;
  const maxRedirects = init.maxRedirects ?? policy.maxRedirects;
  if (!Number.isInteger(maxRedirects) || maxRedirects < 0) throw new CinematicAdsError('invalid_request', 'maxRedirects must be a whole number ≥ 0');
  const accept = init.accept ?? [];
  const body = typeof init.body === 'string' ? new TextEncoder().encode(init.body) : init.body;
  let request: HopRequest = { method, headers: buildRequestHeaders(policy.userAgent, accept, init.headers), ...(body ? { body } : {}) };

  const deadline = startDeadline(timeoutMs, url.href, init.signal);
  let current = url;
  const redirects: string[] = [];
  try {
    for (;;) {
      const hop: HopContext = { url: current.href, ...(redirects.length > 0 ? { redirectedFrom: redirects.at(-1) } : {}) };
      const destination = await resolveDestination(current, policy, hop, deadline.signal);
      const exchange = await sendRequest(destination, request, hop, deadline.signal);
      const { statusCode = 0, headers } = exchange.response;
      if (!isRedirect(statusCode, headers.location)) {
        return finalResponse(exchange, { url: current, method: request.method, redirects, maxBytes, accept, deadline });
      }
      exchange.response.destroy();
      if (redirects.length >= maxRedirects) {
        throw new CinematicAdsError('invalid_request', `Too many redirects fetching ${url.href} (more than ${maxRedirects})`, {
          details: { url: url.href, redirects: [...redirects, current.href] },
        });
      }
      const next = redirectTarget(headers.location, current, hop);
      request = requestAfterRedirect(statusCode, request, current, next);
      redirects.push(current.href);
      current = next;
    }
  } catch (error) {
    deadline.clear();
    throw deadline.signal.aborted ? deadline.signal.reason : toNetworkError(error, current.href);
  }
}

function parseUrl(input: string | URL): URL {
  try {
    return new URL(String(input));
  } catch {
    throw new CinematicAdsError('invalid_request', `Invalid URL: ${String(input).slice(0, 200)}`, { details: { field: 'url' } });
  }
}

function positive(value: number | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isFinite(value) || value <= 0) throw new CinematicAdsError('invalid_request', `${name} must be a positive number`);
  return value;
}
