import type { KeyValueStore } from '../../store/key-value-store.ts';
import type { CreditLedger } from '../service-ports.ts';
import { type AccountRecords, createAccountRecords } from './account-records.ts';
import { type ApiKeyRegistry, createApiKeyRegistry } from './api-key-registry.ts';
import { createCredentialCache } from './credential-cache.ts';
import { createSessionRegistry, type SessionRegistry } from './session-registry.ts';

/** Accounts, their API keys and their web sessions, over one store. */
export interface AccountRegistry extends AccountRecords, ApiKeyRegistry, SessionRegistry {}

export interface AccountRegistryDeps {
  store: KeyValueStore;
  /** Opening credits are granted through it. */
  ledger: CreditLedger;
  /** Injected so tests can move time (trial ends, session expiry, key use). */
  now?: () => Date;
  /** How long an authenticated credential is trusted without reading the store again; default 2 s. */
  credentialTtlMs?: number;
}

export function createAccountRegistry(deps: AccountRegistryDeps): AccountRegistry {
  const now = deps.now ?? (() => new Date());
  const accounts = createAccountRecords({ store: deps.store, ledger: deps.ledger, now });
  // One cache for keys and sessions: a request carries one credential or the other.
  const credentials = createCredentialCache({ now, ...(deps.credentialTtlMs !== undefined ? { ttlMs: deps.credentialTtlMs } : {}) });
  return {
    ...accounts,
    ...createApiKeyRegistry({ store: deps.store, accounts, now, credentials }),
    ...createSessionRegistry({ store: deps.store, accounts, now, credentials }),
  };
}
