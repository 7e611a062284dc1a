import ipaddr from 'ipaddr.js';

/**
 * One entry of `allowPrivateFor`: an address or CIDR range, optionally pinned to a port. It is the
 * only way a private address is ever reached (tests' loopback servers, an operator's own
 * intranet), so entries name addresses, never host names that DNS could redirect.
 */
export interface PrivateAllowance {
  entry: string;
  range: [ipaddr.IPv4 | ipaddr.IPv6, number];
  port?: number;
}

/** Parses `127.0.0.1:8080`, `[::1]:8080`, `127.0.0.1`, `::1` or `10.0.0.0/8`; undefined when malformed. */
export function parsePrivateAllowance(entry: string): PrivateAllowance | undefined {
  const text = entry.trim();
  if (text.includes('/')) {
    if (!ipaddr.isValidCIDR(text)) return undefined;
    return { entry: text, range: ipaddr.parseCIDR(text) };
  }
  const bracketed = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(text);
  if (bracketed) return single(text, bracketed[1] ?? '', bracketed[2]);
  if (ipaddr.IPv6.isValid(text)) return single(text, text, undefined);
  const withPort = /^([\d.]+)(?::(\d{1,5}))?$/.exec(text);
  if (withPort) return single(text, withPort[1] ?? '', withPort[2]);
  return undefined;
}

function single(entry: string, host: string, portText: string | undefined): PrivateAllowance | undefined {
  // Four-part decimal only: `127.1` or `0x7f.0.0.1` in configuration is a typo, not an address.
  const isAddress = ipaddr.IPv4.isValidFourPartDecimal(host) || ipaddr.IPv6.isValid(host);
  if (!isAddress) return undefined;
  const port = portText === undefined ? undefined : Number(portText);
  if (port !== undefined && (port < 1 || port > 65_535)) return undefined;
  const address = ipaddr.parse(host);
  const range: PrivateAllowance['range'] = [address, address.kind() === 'ipv4' ? 32 : 128];
  return port === undefined ? { entry, range } : { entry, range, port };
}

/** Whether `address` (IPv4-mapped forms unwrapped) on `port` is covered by one of the allowances. */
export function isPrivateAllowed(address: string, port: number, allowances: readonly PrivateAllowance[]): boolean {
  if (allowances.length === 0 || !ipaddr.isValid(address)) return false;
  const target = ipaddr.process(address);
  return allowances.some((allowance) => {
    const [network] = allowance.range;
    if (network.kind() !== target.kind()) return false;
    if (allowance.port !== undefined && allowance.port !== port) return false;
    return target.match(allowance.range);
  });
}
