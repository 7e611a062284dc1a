import { randomBytes } from 'node:crypto';

/** Every key starts with this, so a leaked key is found by a secret scanner or a grep. */
export const apiKeyPrefix = 'cak_live_';

/** 36 random bytes: 48 base64url characters, of which the first 8 name the key for lookup. */
const secretBytes = 36;
const lookupLength = 8;
const keyPattern = new RegExp(`^${apiKeyPrefix}([A-Za-z0-9_-]{${lookupLength}})[A-Za-z0-9_-]{${(secretBytes / 3) * 4 - lookupLength}}$`);

/** A fresh key and the lookup id it carries (shown as part of its id and prefix, so not secret). */
export function generateApiKey(): { key: string; lookupId: string } {
  const key = `${apiKeyPrefix}${randomBytes(secretBytes).toString('base64url')}`;
  return { key, lookupId: key.slice(apiKeyPrefix.length, apiKeyPrefix.length + lookupLength) };
}

/** The lookup id of a well-formed key; null for anything that cannot be one of ours. */
export function apiKeyLookupId(candidate: string): string | null {
  return keyPattern.exec(candidate)?.[1] ?? null;
}

/** The public id of a key (for listing and revoking). */
export function apiKeyIdFor(lookupId: string): string {
  return `key_${lookupId}`;
}

/** The lookup id inside a public key id, or null when it is not one. */
export function lookupIdOfKeyId(keyId: string): string | null {
  return /^key_([A-Za-z0-9_-]{8})$/.exec(keyId)?.[1] ?? null;
}

/** What a listing shows to recognise the key: its fixed prefix and lookup id. */
export function displayPrefix(lookupId: string): string {
  return `${apiKeyPrefix}${lookupId}`;
}
