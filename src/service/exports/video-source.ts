import { CinematicAdsError } from '../../contract/errors.ts';
import { isHostAllowed, normalizeHostname } from '../../net/host-allow-list.ts';

/** Where an export reads its MP4: this server's own storage, or an allowed HTTPS host. */
export type VideoSource = { kind: 'own'; mediaPath: string; query: URLSearchParams } | { kind: 'remote'; url: URL };

export interface VideoSourceRules {
  /** This server's base URL: links under it are read from disk, never fetched. */
  publicUrl: string;
  allowedHosts: readonly string[];
}

/**
 * Decides where `source` is read from, or refuses it with a sentence saying what would be accepted.
 * Own media links are recognised by origin and path before any other rule, so a server on
 * http://localhost exports its own links; every other source must be HTTPS on an allowed host.
 */
export function classifyVideoSource(source: string, rules: VideoSourceRules): VideoSource {
  const url = parseSource(source);
  const base = new URL(rules.publicUrl);
  if (url.origin === base.origin) {
    const prefix = base.pathname.replace(/\/+$/, '');
    if (url.pathname.startsWith(`${prefix}/media/`)) return { kind: 'own', mediaPath: url.pathname.slice(prefix.length), query: url.searchParams };
    throw new CinematicAdsError('invalid_request', `${shown(url)} is on this server but is not a media link: export a video's URL (${base.origin}${prefix}/media/…)`, {
      details: { field: 'source' },
    });
  }
  if (url.protocol !== 'https:') {
    throw new CinematicAdsError('invalid_request', `The source must be an HTTPS URL (${shown(url)} is not); only this server's own media links may use ${base.protocol.replace(':', '')}`, {
      details: { field: 'source' },
    });
  }
  const host = normalizeHostname(url.hostname);
  if (!isHostAllowed(host, rules.allowedHosts)) {
    throw new CinematicAdsError('invalid_request', `${host} is not an allowed export domain. ${allowedSentence(base, rules.allowedHosts)}`, {
      details: { field: 'source', host, allowedHosts: [base.host, ...rules.allowedHosts] },
    });
  }
  return { kind: 'remote', url };
}

function parseSource(source: string): URL {
  try {
    return new URL(source);
  } catch {
    throw new CinematicAdsError('invalid_request', 'The source must be an absolute URL such as "https://cdn.example.com/video.mp4"', { details: { field: 'source' } });
  }
}

function allowedSentence(base: URL, allowedHosts: readonly string[]): string {
  const own = `${base.host} (this server's media links)`;
  if (allowedHosts.length === 0) return `Allowed: ${own} only; the operator can allow more hosts with CINEMATICADS_EXPORT_ALLOWED_HOSTS.`;
  return `Allowed: ${own}, ${allowedHosts.join(', ')} (and their subdomains).`;
}

/** The URL without its query: a signed link's signature does not belong in an error message. */
function shown(url: URL): string {
  return `${url.origin}${url.pathname}`.slice(0, 300);
}
