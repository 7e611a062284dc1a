import type { Config } from '../../config.ts';
import { normalizeHostPattern } from '../../net/host-allow-list.ts';

/** What `GET /api/export` may download, resolved once from the configuration. */
export interface ExportSettings {
  /** Normalised host names (and their subdomains) fetched over HTTPS; empty: this server's own media only. */
  allowedHosts: string[];
  /** Largest MP4 streamed, declared or not: counted while it streams. */
  maxBytes: number;
  /** One budget for the whole download (every redirect, headers and body). */
  timeoutMs: number;
  /** Private addresses an allowed host may resolve to anyway (an operator's intranet CDN, a test server). */
  allowPrivateFor: string[];
}

export const defaultExportMaxBytes = 512 * 1024 * 1024;

// The outbound fetch's longest budget: a 512 MB file needs ~7 Mbit/s to arrive within it.
const exportTimeoutMs = 10 * 60_000;

export function exportSettings(config: Config): ExportSettings {
  const hosts = (config.exportAllowedHosts ?? []).map(normalizeHostPattern).filter((host): host is string => host !== undefined);
  return {
    allowedHosts: [...new Set(hosts)],
    maxBytes: config.exportMaxBytes ?? defaultExportMaxBytes,
    timeoutMs: exportTimeoutMs,
    allowPrivateFor: config.allowPrivateFor ?? [],
  };
}
