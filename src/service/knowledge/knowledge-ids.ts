import { randomInt } from 'node:crypto';

const base62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * `kn_`, the creation time in base 36 (so ids sort by age), and 14 random base62 characters
 * (~83 bits), so knowing one source id reveals no other.
 */
export function newKnowledgeSourceId(now: Date): string {
  let random = '';
  for (let i = 0; i < 14; i += 1) random += base62[randomInt(base62.length)];
  return `kn_${now.getTime().toString(36).padStart(9, '0')}${random}`;
}
