import { CinematicAdsError } from '../contract/errors.ts';
import { ensureLocalAccount } from '../service/local-account.ts';
import type { Caller } from '../service/service-ports.ts';
import type { CinematicAdsService } from '../service/service.ts';

/** The name `ensureLocalAccount` gives the account `serve` opens on a new data folder. */
const localAccountName = 'Local';

/**
 * Who the stdio server acts as: the account of the API key given, else the local account of the
 * data folder — opened now, as `serve` would, when the folder has none. The person running the
 * command already holds the folder (the admin commands can do anything with it), so acting as its
 * local account needs no key; it passes as a signed-in user, not as an API client.
 */
export async function resolveLocalCaller(
  service: CinematicAdsService,
  options: { apiKey?: string | undefined; dataDir: string; log: (line: string) => void },
): Promise<Caller> {
  if (options.apiKey) {
    const caller = await service.authenticate({ apiKey: options.apiKey });
    if (!caller) {
      throw new CinematicAdsError(
        'unauthorized',
        `The API key given (--api-key or CINEMATICADS_API_KEY) is not a valid key of the data folder ${options.dataDir}: check it, or leave it out to act as the local account`,
      );
    }
    return caller;
  }
  const created = await ensureLocalAccount(service, options.dataDir);
  if (created) {
    options.log(`First start: created the local account ${created.account.id} (${created.account.plan}). Its API key, shown this once: ${created.apiKey.key}`);
  }
  const account = created?.account ?? pickLocalAccount(await service.accounts.listAccounts(), options.dataDir);
  return { account, credentialId: `local:${account.id}`, via: 'session' };
}

function pickLocalAccount<A extends { name: string; createdAt: string }>(accounts: A[], dataDir: string): A {
  if (accounts.length === 1) return accounts[0]!;
  const local = accounts.filter((account) => account.name === localAccountName).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  if (local[0]) return local[0];
  throw new CinematicAdsError(
    'invalid_request',
    `The data folder ${dataDir} holds ${accounts.length} accounts and none is the local one: pass --api-key (or set CINEMATICADS_API_KEY) to choose`,
  );
}
