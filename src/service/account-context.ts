import type { AccountRegistry } from './accounts/account-registry.ts';
import type { BrandProfiles } from './brand/brand-profiles.ts';
import type { Exports } from './exports/exports.ts';
import type { JobEnding } from './jobs/job-ending.ts';
import type { LaunchDeps } from './jobs/launch-deps.ts';
import type { Caller, IdempotencyStore } from './service-ports.ts';
import type { Webhooks } from './webhooks/webhooks.ts';

/** What one caller's API is built from: the job layer and the account-wide stores. */
export interface AccountContext extends LaunchDeps {
  caller: Caller;
  ending: JobEnding;
  accounts: AccountRegistry;
  brands: BrandProfiles;
  idempotency: IdempotencyStore;
  webhooks: Webhooks;
  exports: Exports;
}
