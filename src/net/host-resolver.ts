import { lookup } from 'node:dns/promises';

/**
 * Turns a host name into the IP addresses to connect to. Injectable through the outbound policy
 * so tests can point a made-up name at any address without touching real DNS.
 */
export type HostResolver = (hostname: string) => Promise<string[]>;

/** The operating system's resolver (hosts file, then DNS), every address in the order given. */
export const systemResolver: HostResolver = async (hostname) => {
  const entries = await lookup(hostname, { all: true, verbatim: true });
  return entries.map((entry) => entry.address);
};
