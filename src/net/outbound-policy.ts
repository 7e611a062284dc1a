import { z } from 'zod';
import { parseOrThrow } from '../contract/validation.ts';
import { normalizeHostPattern } from './host-allow-list.ts';
import { parsePrivateAllowance } from './private-allow-list.ts';
import type { HostResolver } from './host-resolver.ts';

const hostPattern = z.string().transform((value, ctx) => {
  const normalized = normalizeHostPattern(value);
  if (normalized) return normalized;
  ctx.issues.push({ code: 'custom', input: value, message: `"${value}" is not a host name (write example.com, not a URL)` });
  return z.NEVER;
});

const privateAllowance = z.string().transform((value, ctx) => {
  const parsed = parsePrivateAllowance(value);
  if (parsed) return parsed;
  ctx.issues.push({ code: 'custom', input: value, message: `"${value}" is not an address, address:port or CIDR range` });
  return z.NEVER;
});

/** Where and how the server may reach out. Every outbound request goes through one of these. */
export const outboundPolicySchema = z.object({
  /** URL schemes allowed, without the colon. `/api/export` uses `['https']`. */
  protocols: z.array(z.enum(['https', 'http'])).min(1).default(['https', 'http']),
  /** When set, only these domains and their subdomains are fetched (every redirect hop included). */
  allowHosts: z.array(hostPattern).min(1).optional(),
  /** The private addresses that may be reached anyway, e.g. `127.0.0.1:8080` or `10.1.0.0/16`. */
  allowPrivateFor: z.array(privateAllowance).default([]),
  maxBytes: z.number().int().positive().default(10 * 1024 * 1024),
  timeoutMs: z.number().int().positive().max(10 * 60_000).default(15_000),
  maxRedirects: z.number().int().min(0).max(20).default(5),
  userAgent: z.string().min(1).max(300).default('CinematicAds/0.1 (open edition)'),
  /** Host name resolution; the system resolver unless a test injects one. */
  resolve: z.custom<HostResolver>((value) => typeof value === 'function', 'resolve must be a function').optional(),
});

export type OutboundPolicyInput = z.input<typeof outboundPolicySchema>;
export type OutboundPolicy = z.output<typeof outboundPolicySchema>;

/** Validates a policy (the contract's 400 error naming the bad field) and fills in the defaults. */
export function parseOutboundPolicy(input: OutboundPolicyInput): OutboundPolicy {
  return parseOrThrow(outboundPolicySchema, input, 'outbound policy');
}
