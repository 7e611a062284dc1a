import { isIP } from 'node:net';
import { CinematicAdsError } from '../contract/errors.ts';
import { checkAddress } from './address-check.ts';
import { untilAborted } from './fetch-deadline.ts';
import { isHostAllowed, normalizeHostname } from './host-allow-list.ts';
import { systemResolver } from './host-resolver.ts';
import { refusal } from './refusal-error.ts';
import type { OutboundPolicy } from './outbound-policy.ts';
import type { HopContext } from './refusal-error.ts';

/** A URL that passed every check, with the only addresses its connection may use. */
export interface Destination {
  url: URL;
  /** Host name without IPv6 brackets, as the socket and TLS (SNI, certificate) see it. */
  hostname: string;
  port: number;
  /** Validated addresses; the connection is pinned to these (see guarded-lookup.ts). */
  addresses: string[];
}

/**
 * Checks protocol, credentials, the host allow-list and every address the host resolves to,
 * BEFORE any socket exists. Resolving once here and pinning the connection to the result means
 * there is no second lookup a rebinding DNS server could answer differently.
 */
export async function resolveDestination(url: URL, policy: OutboundPolicy, hop: HopContext, signal: AbortSignal): Promise<Destination> {
  const scheme = url.protocol.replace(/:$/, '');
  if (!(policy.protocols as string[]).includes(scheme)) {
    throw refusal('invalid_request', hop, `only ${policy.protocols.join(' and ')} URLs are fetched`, { reason: 'protocol' });
  }
  if (url.username || url.password) {
    throw refusal('invalid_request', hop, 'URLs with embedded credentials are not fetched', { reason: 'credentials' });
  }
  const hostname = normalizeHostname(url.hostname);
  if (policy.allowHosts && !isHostAllowed(hostname, policy.allowHosts)) {
    throw refusal('forbidden', hop, `${hostname} is not on the allowed host list (${policy.allowHosts.join(', ')})`, {
      reason: 'host',
      hostname,
    });
  }
  const port = url.port ? Number(url.port) : scheme === 'https' ? 443 : 80;
  // The URL parser has already turned 2130706433, 0x7f000001 and 0177.0.0.1 into 127.0.0.1.
  const literal = isIP(hostname) !== 0;
  const addresses = literal ? [hostname] : await resolveHost(hostname, policy, hop, signal);
  for (const address of addresses) {
    const verdict = checkAddress(address, port, policy.allowPrivateFor);
    if (verdict.allowed) continue;
    const { refused } = verdict;
    const reason = literal ? `${refused.address} is ${refused.description}` : `${hostname} resolves to ${refused.address}, ${refused.description}`;
    throw refusal('forbidden', hop, reason, { reason: 'address', hostname, address: refused.address, range: refused.range });
  }
  return { url, hostname, port, addresses };
}

async function resolveHost(hostname: string, policy: OutboundPolicy, hop: HopContext, signal: AbortSignal): Promise<string[]> {
  const resolve = policy.resolve ?? systemResolver;
  let addresses: string[];
  try {
    addresses = await untilAborted(resolve(hostname), signal);
  } catch (error) {
    if (signal.aborted || CinematicAdsError.is(error)) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'lookup failed';
    throw new CinematicAdsError('unavailable', `Could not resolve ${hostname} for ${hop.url} (${code})`, {
      cause: error,
      details: { url: hop.url, hostname },
    });
  }
  if (addresses.length === 0) {
    throw new CinematicAdsError('unavailable', `Could not resolve ${hostname} for ${hop.url} (no addresses)`, {
      details: { url: hop.url, hostname },
    });
  }
  return addresses;
}
