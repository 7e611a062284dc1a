import { CinematicAdsError } from '../../contract/errors.ts';

/** Loopback names a local client may use whatever the public URL says. */
const loopbackHosts = ['localhost', '127.0.0.1', '[::1]'];

export interface OriginPolicy {
  /** Null when the request may go on; else the 403 to answer. */
  check(host: string | undefined, origin: string | undefined): CinematicAdsError | null;
}

/**
 * DNS-rebinding protection for `/mcp`: a page on another site that rebinds its name to this
 * server still sends its own Host name and Origin, so both are checked against lists (hosts
 * port-agnostic, origins exact). Clients that are not browsers send no Origin and pass.
 */
export function createOriginPolicy(options: { publicUrl: string; allowedHosts?: readonly string[] | undefined; allowedOrigins?: readonly string[] | undefined }): OriginPolicy {
  const publicUrl = new URL(options.publicUrl);
  const hosts = new Set([...loopbackHosts, publicUrl.hostname, ...(options.allowedHosts ?? [])].map((host) => host.toLowerCase()));
  const origins = new Set([publicUrl.origin, ...(options.allowedOrigins ?? []).map(originOf)]);
  return {
    check(host, origin) {
      const hostname = host ? hostnameOf(host) : undefined;
      if (!hostname || !hosts.has(hostname)) {
        return new CinematicAdsError(
          'forbidden',
          `Host "${host ?? ''}" is not served at /mcp: use the server's public URL, or add the name to CINEMATICADS_MCP_ALLOWED_HOSTS`,
        );
      }
      if (origin !== undefined && !origins.has(origin)) {
        return new CinematicAdsError(
          'forbidden',
          `Origin "${origin}" may not use /mcp: only ${[...origins].join(', ')} (add others to CINEMATICADS_MCP_ALLOWED_ORIGINS)`,
        );
      }
      return null;
    },
  };
}

/** "Example.com:3000" → "example.com"; "[::1]:3000" → "[::1]". */
function hostnameOf(host: string): string | undefined {
  return URL.canParse(`http://${host}`) ? new URL(`http://${host}`).hostname.toLowerCase() : undefined;
}

/** Accepts "https://app.example.com" or a full URL and keeps its origin. */
function originOf(text: string): string {
  return URL.canParse(text) ? new URL(text).origin : text;
}
