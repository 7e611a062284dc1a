import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** A signing secret encrypted at rest: AES-256-GCM, base64 parts. */
export interface SealedSecret {
  v: 1;
  iv: string;
  tag: string;
  data: string;
}

export interface SecretBox {
  seal(secret: string): SealedSecret;
  /** Throws when the key changed (the media secret was replaced) or the record was tampered with. */
  open(sealed: SealedSecret): string;
}

/**
 * The service must sign every delivery, so it keeps each webhook's secret — encrypted, so a copy
 * of the store (a backup, a Redis dump) does not hand out signing keys. The key is derived (HKDF)
 * from the server's media secret, which never enters the store; replacing that secret makes the
 * stored webhook secrets unreadable (their deliveries fail until the webhooks are re-created).
 */
export function createSecretBox(masterSecret: Uint8Array): SecretBox {
  const key = Buffer.from(hkdfSync('sha256', masterSecret, 'cinematicads', 'webhook-signing-secrets/v1', 32));
  return {
    seal(secret) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const data = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
      return { v: 1, iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
    },
    open(sealed) {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
      decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString('utf8');
    },
  };
}
