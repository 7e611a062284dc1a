import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newSigningSecret } from '../../../src/service/webhooks/webhook-ids.ts';
import { createSecretBox } from '../../../src/service/webhooks/webhook-secret-box.ts';

describe('webhook secrets at rest', () => {
  const key = randomBytes(32);

  it('are Standard Webhooks secrets: whsec_ and 32 random bytes in base64', () => {
    const secret = newSigningSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    expect(newSigningSecret()).not.toBe(secret);
  });

  it('are sealed with a fresh nonce each time and opened only with the same key', () => {
    const secret = newSigningSecret();
    const box = createSecretBox(key);
    const sealed = box.seal(secret);
    expect(JSON.stringify(sealed)).not.toContain(secret.slice(6));
    expect(box.seal(secret).data).not.toBe(sealed.data);
    expect(box.open(sealed)).toBe(secret);
    // The key is derived from the master secret: the same secret opens it in another process.
    expect(createSecretBox(Buffer.from(key)).open(sealed)).toBe(secret);
    expect(() => createSecretBox(randomBytes(32)).open(sealed)).toThrow();
  });

  it('refuse a tampered record', () => {
    const box = createSecretBox(key);
    const sealed = box.seal(newSigningSecret());
    const flipped = Buffer.from(sealed.data, 'base64');
    flipped[0]! ^= 1;
    expect(() => box.open({ ...sealed, data: flipped.toString('base64') })).toThrow();
  });
});
