import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed, expiring media links: HMAC-SHA256 over the path and the expiry, so neither can be
 * changed without the key. The signature is the credential (players cannot send a Bearer header).
 */
export interface MediaSigner {
  /** `<publicUrl><path>?expires=<unix seconds>&signature=<base64url>` */
  signMediaUrl(publicUrl: string, path: string, expiresAt: Date): string;
  /** True when `query` carries a valid, unexpired signature for `path`; constant-time comparison. */
  verifyMediaSignature(path: string, query: URLSearchParams, now: Date): boolean;
}

export function createMediaSigner(secret: Buffer): MediaSigner {
  const sign = (path: string, expires: number) => createHmac('sha256', secret).update(`${path}\n${expires}`).digest();

  return {
    signMediaUrl(publicUrl, path, expiresAt) {
      const expires = Math.floor(expiresAt.getTime() / 1000);
      const signature = sign(path, expires).toString('base64url');
      return `${publicUrl.replace(/\/+$/, '')}${path}?expires=${expires}&signature=${signature}`;
    },
    verifyMediaSignature(path, query, now) {
      const expiresText = query.get('expires') ?? '';
      const given = Buffer.from(query.get('signature') ?? '', 'base64url');
      if (!/^\d{1,12}$/.test(expiresText)) return false;
      const expires = Number(expiresText);
      const expected = sign(path, expires);
      // Compared before the expiry check so a bad signature and an expired one cost the same.
      const valid = given.length === expected.length && timingSafeEqual(given, expected);
      return valid && expires * 1000 > now.getTime();
    },
  };
}
