import ipaddr from 'ipaddr.js';

/** What an IP address is, for deciding whether the server may connect to it. */
export interface AddressClass {
  /** The address as ipaddr.js prints it (IPv6 compressed, zone id kept). */
  address: string;
  /** True only for globally routable unicast addresses. */
  public: boolean;
  /** ipaddr.js range name of the effective address (`private`, `loopback`, `unicast` …). */
  range: string;
  /** The IPv4 address an IPv6 form embeds (mapped, translated, compatible, NAT64). */
  embeddedIPv4?: string;
  /** Reads after "<address> is …": `a private address`, `an IPv4-mapped IPv6 address of …`. */
  description: string;
}

const rangeDescriptions: Record<string, string> = {
  unicast: 'a public address',
  unspecified: 'an unspecified address',
  broadcast: 'a broadcast address',
  multicast: 'a multicast address',
  linkLocal: 'a link-local address',
  loopback: 'a loopback address',
  carrierGradeNat: 'a carrier-grade NAT (shared) address',
  private: 'a private address',
  reserved: 'a reserved address',
  benchmarking: 'a benchmarking address',
  uniqueLocal: 'a unique-local (private) address',
  deprecatedSiteLocal: 'a site-local (private) address',
  discard: 'a discard-only address',
  '6to4': 'a 6to4 transition address',
  teredo: 'a Teredo tunnelling address',
  rfc6052: 'a local-use NAT64 address',
};

const metadataAddresses = new Set(['169.254.169.254', 'fd00:ec2::254']);

// Only 2000::/3 is allocated as global unicast; ipaddr.js calls everything unlisted "unicast".
const globalUnicastV6 = ipaddr.IPv6.parseCIDR('2000::/3');

/** Classifies an IP address, unwrapping IPv6 forms that carry an IPv4 address so both are judged. */
export function classifyAddress(text: string): AddressClass {
  if (!ipaddr.isValid(text)) return { address: text, public: false, range: 'invalid', description: 'not a valid IP address' };
  const parsed = ipaddr.parse(text);
  if (parsed.kind() === 'ipv4') return classifyIPv4(parsed as ipaddr.IPv4);
  return classifyIPv6(parsed as ipaddr.IPv6);
}

function classifyIPv4(address: ipaddr.IPv4): AddressClass {
  const range = address.range();
  const printed = address.toString();
  const base = rangeDescriptions[range] ?? `a special-purpose address (${range})`;
  const description = metadataAddresses.has(printed) ? `${base} (the cloud metadata endpoint)` : base;
  return { address: printed, public: range === 'unicast', range, description };
}

function classifyIPv6(address: ipaddr.IPv6): AddressClass {
  const printed = address.toString();
  const embedded = embeddedIPv4(address);
  if (embedded) {
    const inner = classifyIPv4(embedded.ipv4);
    return {
      address: printed,
      public: inner.public && !embedded.deprecated,
      range: embedded.deprecated && inner.public ? 'ipv4Compatible' : inner.range,
      embeddedIPv4: inner.address,
      description: `${embedded.form} of ${inner.address}, ${inner.description}`,
    };
  }
  const range = address.range();
  if (range === 'unicast' && !address.match(globalUnicastV6)) {
    return { address: printed, public: false, range: 'unallocated', description: 'an unallocated address' };
  }
  const base = rangeDescriptions[range] ?? `a special-purpose address (${range})`;
  const description = metadataAddresses.has(printed) ? `${base} (the cloud metadata endpoint)` : base;
  return { address: printed, public: range === 'unicast', range, description };
}

interface EmbeddedIPv4 {
  form: string;
  ipv4: ipaddr.IPv4;
  /** Refused whatever it carries: nothing legitimate resolves to an IPv4-compatible address. */
  deprecated?: boolean;
}

const nat64WellKnown = ipaddr.IPv6.parseCIDR('64:ff9b::/96');
const ipv4Compatible = ipaddr.IPv6.parseCIDR('::/96');

function embeddedIPv4(address: ipaddr.IPv6): EmbeddedIPv4 | undefined {
  const [, , , , , , hi = 0, lo = 0] = address.parts;
  const ipv4 = new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
  const range = address.range();
  if (range === 'ipv4Mapped') return { form: 'an IPv4-mapped IPv6 address', ipv4 };
  if (range === 'rfc6145') return { form: 'an IPv4-translated IPv6 address', ipv4 };
  // The local-use NAT64 prefix 64:ff9b:1::/48 is not unwrapped: it stays refused as rfc6052.
  if (address.match(nat64WellKnown)) return { form: 'a NAT64 IPv6 address', ipv4 };
  if (address.match(ipv4Compatible) && range !== 'unspecified' && range !== 'loopback') {
    return { form: 'a deprecated IPv4-compatible IPv6 address', ipv4, deprecated: true };
  }
  return undefined;
}
