import { randomBytes, randomInt } from 'node:crypto';

const base62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function randomBase62(length: number): string {
  let text = '';
  for (let i = 0; i < length; i += 1) text += base62[randomInt(base62.length)];
  return text;
}

/** `wh_` and 20 base62 characters: unguessable, so knowing one id reveals no other. */
export function newWebhookId(): string {
  return `wh_${randomBase62(20)}`;
}

/** `whd_`, the time in base36 (so ids sort by creation) and 16 random base62 characters. */
export function newDeliveryId(at: Date): string {
  return `whd_${at.getTime().toString(36).padStart(9, '0')}${randomBase62(16)}`;
}

export function isWebhookId(value: string): boolean {
  return /^wh_[0-9A-Za-z]{20}$/.test(value);
}

export function isDeliveryId(value: string): boolean {
  return /^whd_[0-9a-z]{9}[0-9A-Za-z]{16}$/.test(value);
}

/** A Standard Webhooks secret: `whsec_` and 32 random bytes in base64 (the scheme asks for 24 to 64). */
export function newSigningSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}
