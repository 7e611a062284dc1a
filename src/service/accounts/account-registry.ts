import type { KeyValueStore } from '../../store/key-value-store.ts';
import type { CreditLedger } from '../service-ports.ts';
import { type AccountRecords, createAccountRecords } from './account-records.ts';
import { type ApiKeyRegistry, createApiKeyRegistry } from './api-key-registry.ts';
import { createSessionRegistry, type SessionRegistry } from './session-registry.ts';

/** Accounts, their API keys and their web sessions, over one store. */
export interface AccountRegistry extends AccountRecords, ApiKeyRegistry, SessionRegistry {}

export interface AccountRegistryDeps {
  store: KeyValueStore;
  /** Opening credits are granted through it. */
  ledger: CreditLedger;
  /** Injected so tests can move time (trial ends, session expiry, key use). */
  now?: () => Date;
}

export function createAccountRegistry(deps: AccountRegistryDeps): AccountRegistry {
  const now = deps.now ?? (() => new Date());
  const accounts = createAccountRecords({ store: deps.store, ledger: deps.ledger, now });
  return {
    ...accounts,
    ...createApiKeyRegistry({ store: deps.store, accounts, now }),
    ...createSessionRegistry({ store: deps.store, accounts, now }),
  };
}
