import type { Config } from '../config.ts';
import type { WorkflowEvent } from '../contract/schemas/workflow-events.ts';
import { createKeyValueStore } from '../store/create-key-value-store.ts';
import type { KeyValueStore } from '../store/key-value-store.ts';
import { accountApi } from './account-api.ts';
import { type AccountRegistry, createAccountRegistry } from './accounts/account-registry.ts';
import { createBrandProfiles } from './brand/brand-profiles.ts';
import { type AuditedCreditLedger, createCreditLedger } from './credits/credit-ledger.ts';
import { createIdempotencyStore } from './credits/idempotency-store.ts';
import { type AccountEvent, type AccountEvents, createAccountEvents } from './events/account-events.ts';
import { inProcessEventBus } from './events/event-bus.ts';
import { createJobEventLog } from './events/job-event-log.ts';
import { createBatchRepository } from './jobs/batch-repository.ts';
import type { JobDeps } from './jobs/job-deps.ts';
import { createJobEnding } from './jobs/job-ending.ts';
import { createJobQueue, type JobQueue } from './jobs/job-queue.ts';
import { recoverJobs } from './jobs/job-recovery.ts';
import { createJobRepository } from './jobs/job-repository.ts';
import { createJobRunner } from './jobs/job-runner.ts';
import { createMediaLinks } from './media/media-links.ts';
import { loadMediaSecret } from './media/media-secret.ts';
import { createMediaSigner } from './media/media-signature.ts';
import { openMedia } from './media/open-media.ts';
import { createInFlightCalls } from './in-flight-calls.ts';
import { createPublicApi } from './public-api.ts';
import type { Caller, ServiceHost } from './service-ports.ts';
import type { CinematicAds } from '../contract/interface.ts';
import { type ServiceSettings, serviceSettings } from './service-settings.ts';

export interface ServiceOptions {
  config: Config;
  /** Default: the store the configuration names (a SQLite file in the data folder). */
  store?: KeyValueStore;
  /** Base URL media links point to, e.g. "http://localhost:3000". */
  publicUrl: string;
  /** Injected so tests can move time (trials, link expiry, analytics windows). */
  clock?: () => Date;
  /** Where failures no caller can receive go (a run that could not even record its failure); default stderr. */
  logError?: (message: string, cause: unknown) => void;
}

/** How long `close()` waits for calls being answered (an `async: false` launch waiting for its render is not waited for that long). */
const closeDrainMs = 5_000;

/** The host the faces use, plus the parts operators and later issues plug into. */
export interface CinematicAdsService extends ServiceHost {
  readonly accounts: AccountRegistry;
  readonly ledger: AuditedCreditLedger;
  /** Every account's job lifecycle (`workflow.started` … `video.ready`), for webhook delivery. */
  readonly accountEvents: AccountEvents;
  /** The render queue (paused until `start()`; tests and operators may pause it again). */
  readonly queue: JobQueue;
  readonly settings: ServiceSettings;
}

/** The in-process service: the wiring of its parts, nothing more. */
export function createService(options: ServiceOptions): CinematicAdsService {
  const now = options.clock ?? (() => new Date());
  const logError = options.logError ?? ((message, cause) => process.stderr.write(`${message}: ${String(cause)}\n`));
  const settings = serviceSettings(options.config);
  const store = options.store ?? createKeyValueStore(options.config);
  const ledger = createCreditLedger(store, { now, balanceCacheMs: settings.balanceCacheMs });
  const accounts = createAccountRegistry({ store, ledger, now });
  const signer = createMediaSigner(loadMediaSecret(settings.dataDir, options.config.mediaSecret));
  const links = createMediaLinks({ signer, publicUrl: options.publicUrl, ttlSeconds: settings.mediaUrlTtlSeconds, now });
  const accountEvents = createAccountEvents(inProcessEventBus<AccountEvent>());
  const events = createJobEventLog({ store, bus: inProcessEventBus<WorkflowEvent>() });
  const jobDeps: JobDeps = { jobs: createJobRepository(store), events, accountEvents, ledger, links, settings, now };
  const ending = createJobEnding(jobDeps);
  const queue = createJobQueue({
    concurrency: settings.renderConcurrency,
    run: createJobRunner(jobDeps, ending),
    onError: (jobId, error) => logError(`Job ${jobId} stopped without recording its outcome; it is resumed or settled on the next start`, error),
  });
  queue.pause();
  const shared = {
    ...jobDeps,
    ending,
    queue,
    accounts,
    brands: createBrandProfiles(store, now),
    batches: createBatchRepository(store),
    idempotency: createIdempotencyStore(store),
  };
  const publicApi = createPublicApi({ store, settings, publicUrl: options.publicUrl });
  // A caller is the same object while its credential stays cached, so its API is built once, not per request.
  const apis = new WeakMap<Caller, CinematicAds>();
  const inFlight = createInFlightCalls();
  let started: Promise<void> | undefined;
  let closed: Promise<void> | undefined;

  return {
    accounts,
    ledger,
    accountEvents,
    queue,
    settings,
    async authenticate({ apiKey, sessionToken }) {
      if (apiKey) return accounts.authenticateApiKey(apiKey);
      if (sessionToken) return accounts.authenticateSession(sessionToken);
      return null;
    },
    async startSession(apiKey) {
      const caller = await accounts.authenticateApiKey(apiKey);
      if (!caller) return null;
      const { token, expiresAt } = await accounts.createSession(caller.account.id);
      return { token, expiresAt };
    },
    endSession: (token) => accounts.endSession(token),
    forAccount(caller) {
      let api = apis.get(caller);
      if (!api) apis.set(caller, (api = accountApi({ ...shared, caller }, publicApi, inFlight)));
      return api;
    },
    public: publicApi,
    openMedia: (path, query) => openMedia({ dataDir: settings.dataDir, signer, now }, path, query),
    start() {
      // Once per process: a second recovery would count this process's own running jobs as interrupted.
      started ??= recoverJobs(jobDeps, ending, queue).then(() => queue.resume());
      return started;
    },
    close() {
      // Calls being answered finish (a launch cut off half-written would cost credits for nothing) while
      // running renders stop where they are (their jobs stay running, to resume next start); then the store closes.
      closed ??= Promise.all([inFlight.drain(closeDrainMs), queue.close()]).then(() => store.close());
      return closed;
    },
  };
}
