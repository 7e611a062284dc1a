import type { Account } from './service-ports.ts';
import type { CreatedApiKey } from './accounts/api-key-registry.ts';
import type { CinematicAdsService } from './service.ts';

export interface LocalAccount {
  account: Account;
  /** The key's secret is here and nowhere else: the store keeps only its hash. */
  apiKey: CreatedApiKey;
  /** Where the account is kept, for the message `serve` prints. */
  storedIn: string;
}

/**
 * First start of `serve` on a data folder with no account: opens a local Enterprise account
 * with the configured credits and returns its first API key, once. Null when accounts exist.
 */
export async function ensureLocalAccount(service: CinematicAdsService, dataDir: string): Promise<LocalAccount | null> {
  if ((await service.accounts.listAccounts()).length > 0) return null;
  const account = await service.accounts.createAccount({ name: 'Local', plan: 'enterprise', credits: service.settings.localCredits });
  const apiKey = await service.accounts.createApiKey(account.id, { name: 'Local key (created by serve)' });
  return { account, apiKey, storedIn: dataDir };
}
