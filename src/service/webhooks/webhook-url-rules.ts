import { isIP } from 'node:net';
import { CinematicAdsError } from '../../contract/errors.ts';
import { checkAddress } from '../../net/address-check.ts';
import { untilAborted } from '../../net/fetch-deadline.ts';
import { normalizeHostname } from '../../net/host-allow-list.ts';
import { isPrivateAllowed } from '../../net/private-allow-list.ts';
import type { WebhookNetwork } from './webhook-network.ts';

const invalid = (message: string, details: Record<string, unknown> = {}) =>
  new CinematicAdsError('invalid_request', `url: ${message}`, { details: { field: 'url', ...details } });

/** A URL a delivery may be POSTed to, before any resolution: checked at registration and before every attempt. */
export interface WebhookTarget {
  url: URL;
  hostname: string;
  port: number;
  /** Set when the host is an IP address written out. */
  literal: boolean;
}

/**
 * https, no credentials in the URL; plain http only to a literal IP address the operator
 * allow-listed (a local receiver), so a name that DNS later points elsewhere is never sent to in
 * clear text.
 */
export function webhookTarget(text: string, network: Pick<WebhookNetwork, 'allowPrivateFor'>): WebhookTarget {
  if (!URL.canParse(text)) throw invalid(`"${text.slice(0, 200)}" is not an absolute URL`);
  const url = new URL(text);
  if (url.username || url.password) throw invalid('must not carry a user name or password; authenticate deliveries by their signature');
  const hostname = normalizeHostname(url.hostname);
  const literal = isIP(hostname) !== 0;
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  if (url.protocol === 'https:') return { url, hostname, port, literal };
  if (url.protocol === 'http:' && literal && isPrivateAllowed(hostname, port, network.allowPrivateFor)) return { url, hostname, port, literal };
  throw invalid(
    url.protocol === 'http:'
      ? 'must be https; plain http is accepted only for an IP address:port the server operator allow-listed (CINEMATICADS_ALLOW_PRIVATE)'
      : 'must be an absolute https URL such as "https://hooks.example.com/cinematicads"',
    { protocol: url.protocol.replace(/:$/, '') },
  );
}

/**
 * At registration: every address the host resolves to must be public (or allow-listed), so a
 * typo or a probe of the internal network is refused at once instead of failing for hours.
 * Delivery checks again on every attempt (DNS can change).
 */
export async function checkWebhookDestination(target: WebhookTarget, network: WebhookNetwork, signal: AbortSignal): Promise<void> {
  const { hostname, port, literal } = target;
  let addresses: string[];
  if (literal) addresses = [hostname];
  else {
    try {
      addresses = await untilAborted(network.resolve(hostname), signal);
    } catch (error) {
      if (signal.aborted) throw new CinematicAdsError('unavailable', `Could not resolve ${hostname} in time; try again`, { details: { hostname } });
      const code = (error as NodeJS.ErrnoException).code ?? 'lookup failed';
      if (code === 'EAI_AGAIN') throw new CinematicAdsError('unavailable', `Could not resolve ${hostname} (${code}); try again`, { details: { hostname } });
      throw invalid(`${hostname} does not resolve (${code}); register a URL whose host exists`, { hostname });
    }
    if (addresses.length === 0) throw invalid(`${hostname} does not resolve to any address`, { hostname });
  }
  for (const address of addresses) {
    const verdict = checkAddress(address, port, network.allowPrivateFor);
    if (verdict.allowed) continue;
    const { address: refused, description } = verdict.refused;
    const what = literal ? `${refused} is ${description}` : `${hostname} resolves to ${refused}, ${description}`;
    throw invalid(`${what}; webhooks are delivered to public addresses only`, {
      hostname,
      address: verdict.refused.address,
      range: verdict.refused.range,
    });
  }
}
