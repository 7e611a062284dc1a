import { randomBytes } from 'node:crypto';
import { CinematicAdsError } from '../../contract/errors.ts';
import type { KeyValueStore } from '../../store/key-value-store.ts';
import type { Caller } from '../service-ports.ts';
import type { AccountRecords } from './account-records.ts';
import { accountStoreKeys } from './account-store-keys.ts';
import type { CredentialCache } from './credential-cache.ts';
import { hashSecret } from './secret-hash.ts';

/** A new web session: the token goes into the HTTP-only cookie and is never shown again. */
export interface SessionGrant {
  id: string;
  token: string;
  expiresAt: string;
}

interface SessionRecord {
  id: string;
  accountId: string;
  createdAt: string;
  expiresAt: string;
}

export interface SessionRegistry {
  createSession(accountId: string): Promise<SessionGrant>;
  /** The caller a session token belongs to; null when malformed, unknown, ended or expired. */
  authenticateSession(token: string): Promise<Caller | null>;
  /** Ends the session (sign-out); true when there was one. */
  endSession(token: string): Promise<boolean>;
}

export const sessionTokenPrefix = 'cas_';
const tokenPattern = /^cas_[A-Za-z0-9_-]{43}$/;
export const sessionLifetimeMs = 30 * 24 * 60 * 60 * 1000;

/** Sessions are found by the hash of their token (the store never holds a usable token) and expire with it. */
export function createSessionRegistry(deps: {
  store: KeyValueStore;
  accounts: AccountRecords;
  now: () => Date;
  credentials: CredentialCache;
}): SessionRegistry {
  const { store, accounts, now, credentials } = deps;
  const keyOf = (token: string) => accountStoreKeys.session(hashSecret(token));

  return {
    async createSession(accountId) {
      if (!(await accounts.getAccount(accountId))) throw new CinematicAdsError('not_found', `No account with id "${accountId}"`);
      const token = `${sessionTokenPrefix}${randomBytes(32).toString('base64url')}`;
      const createdAt = now();
      const record: SessionRecord = {
        id: `ses_${randomBytes(9).toString('base64url')}`,
        accountId,
        createdAt: createdAt.toISOString(),
        expiresAt: new Date(createdAt.getTime() + sessionLifetimeMs).toISOString(),
      };
      await store.set(keyOf(token), record, { ttlMs: sessionLifetimeMs });
      return { id: record.id, token, expiresAt: record.expiresAt };
    },

    async authenticateSession(token) {
      if (typeof token !== 'string' || !tokenPattern.test(token)) return null;
      const caller = await credentials.resolve(token, async () => {
        const record = await store.get<SessionRecord>(keyOf(token));
        if (!record || Date.parse(record.expiresAt) <= now().getTime()) return null;
        const account = await accounts.getAccount(record.accountId);
        return account ? { account, credentialId: record.id, via: 'session', expiresAt: record.expiresAt } : null;
      });
      // A cached session still ends at its own expiry, not at the cache's.
      return caller && (caller.expiresAt === undefined || Date.parse(caller.expiresAt) > now().getTime()) ? caller : null;
    },

    async endSession(token) {
      if (typeof token !== 'string' || !tokenPattern.test(token)) return false;
      const record = await store.get<SessionRecord>(keyOf(token));
      if (record) credentials.forget(record.id);
      return store.delete(keyOf(token));
    },
  };
}
