import { CinematicAdsError } from '../../contract/errors.ts';
import type { KeyValueStore } from '../../store/key-value-store.ts';
import type { Caller } from '../service-ports.ts';
import type { AccountRecords } from './account-records.ts';
import { accountStoreKeys } from './account-store-keys.ts';
import type { CredentialCache } from './credential-cache.ts';
import { apiKeyIdFor, apiKeyLookupId, displayPrefix, generateApiKey, lookupIdOfKeyId } from './api-key-format.ts';
import { hashSecret, secretMatches } from './secret-hash.ts';

/** An API key as listed (the contract's `apiKey` schema): never its secret. */
export interface ApiKeyInfo {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}

/** The contract's `createdApiKey`: the one response that carries the secret. */
export interface CreatedApiKey extends ApiKeyInfo {
  key: string;
}

/** What the store keeps: a hash of the key, never the key. */
interface ApiKeyRecord {
  id: string;
  accountId: string;
  name: string;
  prefix: string;
  hash: string;
  createdAt: string;
  revokedAt: string | null;
}

export interface ApiKeyRegistry {
  createApiKey(accountId: string, options?: { name?: string }): Promise<CreatedApiKey>;
  /** Active keys, newest first. */
  listApiKeys(accountId: string): Promise<ApiKeyInfo[]>;
  /** 404 for an unknown, revoked or another account's key id alike. */
  revokeApiKey(accountId: string, keyId: string): Promise<{ id: string; revoked: true }>;
  /** The caller a key belongs to; null for anything malformed, unknown or revoked. */
  authenticateApiKey(key: string): Promise<Caller | null>;
}

/** Use is recorded at most this often per key, so authentication does not write on every request. */
const touchEveryMs = 60_000;

export function createApiKeyRegistry(deps: {
  store: KeyValueStore;
  accounts: AccountRecords;
  now: () => Date;
  credentials: CredentialCache;
}): ApiKeyRegistry {
  const { store, accounts, now, credentials } = deps;
  const lastTouched = new Map<string, number>();

  /** The account's active key by id; another account's key is as missing as an unknown one. */
  async function activeKeyOf(accountId: string, keyId: string): Promise<{ record: ApiKeyRecord; lookupId: string }> {
    const lookupId = lookupIdOfKeyId(keyId);
    const record = lookupId === null ? undefined : await store.get<ApiKeyRecord>(accountStoreKeys.apiKey(lookupId));
    if (lookupId === null || !record || record.accountId !== accountId || record.revokedAt !== null) {
      throw new CinematicAdsError('not_found', `No API key with id "${keyId}"`);
    }
    return { record, lookupId };
  }

  async function touch(lookupId: string): Promise<void> {
    const at = now().getTime();
    if (at - (lastTouched.get(lookupId) ?? -Infinity) < touchEveryMs) return;
    lastTouched.set(lookupId, at);
    await store.set(accountStoreKeys.apiKeyUsed(lookupId), new Date(at).toISOString());
  }

  return {
    async createApiKey(accountId, options = {}) {
      if (!(await accounts.getAccount(accountId))) throw new CinematicAdsError('not_found', `No account with id "${accountId}"`);
      const name = options.name?.trim() || 'API key';
      for (;;) {
        const { key, lookupId } = generateApiKey();
        const record: ApiKeyRecord = {
          id: apiKeyIdFor(lookupId),
          accountId,
          name,
          prefix: displayPrefix(lookupId),
          hash: hashSecret(key),
          createdAt: now().toISOString(),
          revokedAt: null,
        };
        // `add`, not `set`: a (very unlikely) lookup-id collision draws a new key instead of replacing one.
        if (!(await store.add(accountStoreKeys.apiKey(lookupId), record))) continue;
        await store.set(accountStoreKeys.accountApiKey(accountId, lookupId), lookupId);
        return { id: record.id, name, prefix: record.prefix, createdAt: record.createdAt, lastUsedAt: null, key };
      }
    },

    async listApiKeys(accountId) {
      const keys: ApiKeyInfo[] = [];
      for await (const [, lookupId] of store.entries<string>(accountStoreKeys.accountApiKeys(accountId))) {
        const record = await store.get<ApiKeyRecord>(accountStoreKeys.apiKey(lookupId));
        if (!record || record.accountId !== accountId || record.revokedAt !== null) continue;
        const lastUsedAt = (await store.get<string>(accountStoreKeys.apiKeyUsed(lookupId))) ?? null;
        keys.push({ id: record.id, name: record.name, prefix: record.prefix, createdAt: record.createdAt, lastUsedAt });
      }
      return keys.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
    },

    async revokeApiKey(accountId, keyId) {
      const { record, lookupId } = await activeKeyOf(accountId, keyId);
      await store.set(accountStoreKeys.apiKey(lookupId), { ...record, revokedAt: now().toISOString() } satisfies ApiKeyRecord);
      await store.delete(accountStoreKeys.accountApiKey(accountId, lookupId));
      credentials.forget(record.id);
      return { id: record.id, revoked: true };
    },

    async authenticateApiKey(key) {
      const lookupId = typeof key === 'string' ? apiKeyLookupId(key) : null;
      if (lookupId === null) return null;
      return credentials.resolve(key, () => authenticate(key, lookupId));
    },
  };

  async function authenticate(key: string, lookupId: string): Promise<Caller | null> {
    const record = await store.get<ApiKeyRecord>(accountStoreKeys.apiKey(lookupId));
    if (!record || record.revokedAt !== null || !secretMatches(key, record.hash)) return null;
    const account = await accounts.getAccount(record.accountId);
    if (!account) return null;
    await touch(lookupId);
    return { account, credentialId: record.id, via: 'api-key' };
  }
}
