import type { MediaSigner } from './media-signature.ts';

/** Turns stored media paths into signed links at the moment they are shown. */
export interface MediaLinks {
  url(path: string): string;
}

const hourMs = 60 * 60 * 1000;

export function createMediaLinks(deps: { signer: MediaSigner; publicUrl: string; ttlSeconds: number; now: () => Date }): MediaLinks {
  return {
    url(path) {
      // Rounded up to the hour: a link stays valid at least the TTL, and the same file read twice
      // within the hour gets the same URL (so players and caches see one resource).
      const expires = Math.ceil((deps.now().getTime() + deps.ttlSeconds * 1000) / hourMs) * hourMs;
      return deps.signer.signMediaUrl(deps.publicUrl, path, new Date(expires));
    },
  };
}
