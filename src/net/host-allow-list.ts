import { domainToASCII } from 'node:url';

/**
 * Normalises an allow-list entry to the form the URL parser gives host names (lower case,
 * punycode, no trailing dot). `example.com`, `*.example.com` and `.example.com` all mean "this
 * domain and its subdomains". Undefined when the entry is not a bare host name.
 */
export function normalizeHostPattern(pattern: string): string | undefined {
  const bare = pattern.trim().replace(/^\*?\./, '').replace(/\.$/, '');
  if (!bare || /[/:@?#\s*]/.test(bare)) return undefined;
  const ascii = domainToASCII(bare);
  return ascii || undefined;
}

/** Strips IPv6 brackets and a trailing dot so `example.com.` and `example.com` compare equal. */
export function normalizeHostname(hostname: string): string {
  return hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
}

/** Label-aligned suffix match: `cdn.example.com` matches `example.com`; `evil-example.com` does not. */
export function isHostAllowed(hostname: string, patterns: readonly string[]): boolean {
  const host = normalizeHostname(hostname);
  return patterns.some((pattern) => host === pattern || host.endsWith(`.${pattern}`));
}
