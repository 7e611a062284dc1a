import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * API keys and session tokens are 256-bit random secrets, so one SHA-256 is enough (a slow
 * password hash protects guessable secrets, which these are not). Only the hash is stored.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Compares in constant time, so response timing tells nothing about how much of a hash matched. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const presented = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
