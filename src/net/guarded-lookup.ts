import { isIP } from 'node:net';
import type { LookupAddress, LookupOptions } from 'node:dns';
import type { LookupFunction } from 'node:net';
import type { Destination } from './destination.ts';

/**
 * The `lookup` handed to node's socket: it answers only with the addresses resolveDestination()
 * already validated, so the address actually connected is one that was checked — a DNS server
 * that answers differently the second time (rebinding) is never asked a second time. Node skips
 * `lookup` for IP-literal hosts; those were validated as the literal itself.
 */
export function createGuardedLookup(destination: Destination): LookupFunction {
  return (hostname: string, options: LookupOptions, callback) => {
    const fail = (message: string): void => callback(Object.assign(new Error(message), { code: 'ERR_GUARDED_LOOKUP' }), '', 0);
    if (hostname.toLowerCase().replace(/\.$/, '') !== destination.hostname) {
      fail(`Connection to ${hostname} was not checked (expected ${destination.hostname})`);
      return;
    }
    const wanted = typeof options.family === 'number' ? options.family : options.family === 'IPv6' ? 6 : options.family === 'IPv4' ? 4 : 0;
    const entries: LookupAddress[] = destination.addresses
      .map((address) => ({ address, family: isIP(address) }))
      .filter((entry) => wanted === 0 || entry.family === wanted);
    const first = entries[0];
    if (!first) {
      fail(`No checked IPv${wanted} address for ${hostname}`);
      return;
    }
    if (options.all) callback(null, entries);
    else callback(null, first.address, first.family);
  };
}
