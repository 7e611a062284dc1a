import { parseOutboundPolicy } from '../../net/outbound-policy.ts';
import type { HostResolver } from '../../net/host-resolver.ts';
import { systemResolver } from '../../net/host-resolver.ts';
import type { PrivateAllowance } from '../../net/private-allow-list.ts';
import { createSafeFetch, type SafeFetch } from '../../net/safe-fetch.ts';

/** The way out for webhooks: the guarded fetch, and the same resolver and allowances to check URLs at registration. */
export interface WebhookNetwork {
  fetch: SafeFetch;
  resolve: HostResolver;
  allowPrivateFor: readonly PrivateAllowance[];
}

export interface WebhookNetworkOptions {
  /** The operator's private allowances (config `allowPrivateFor`). */
  allowPrivateFor?: readonly string[];
  /** Tests point made-up names at chosen addresses; the system resolver otherwise. */
  resolve?: HostResolver;
}

/**
 * Deliveries go through the SSRF-guarded fetch: every address checked before a socket exists and
 * the socket pinned to it. Redirects are not followed (maxRedirects 0): a POST turned into a GET
 * by a 301 would "succeed" without delivering anything, and a receiver moving should be
 * re-registered; a redirect also never reaches the address it points to.
 */
export function createWebhookNetwork(options: WebhookNetworkOptions = {}): WebhookNetwork {
  const resolve = options.resolve ?? systemResolver;
  const policy = parseOutboundPolicy({ allowPrivateFor: [...(options.allowPrivateFor ?? [])], resolve });
  return {
    fetch: createSafeFetch({
      // https only, except the literal allow-listed addresses webhook-url-rules.ts lets through in plain http.
      protocols: ['https', 'http'],
      allowPrivateFor: [...(options.allowPrivateFor ?? [])],
      maxRedirects: 0,
      resolve,
      userAgent: 'CinematicAds-Webhooks/0.1 (open edition)',
    }),
    resolve,
    allowPrivateFor: policy.allowPrivateFor,
  };
}
