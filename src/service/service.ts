import type { Config } from '../config.ts';
import type { CinematicAds } from '../contract/interface.ts';
import type { WorkflowEvent } from '../contract/schemas/workflow-events.ts';
import { createKeyValueStore } from '../store/create-key-value-store.ts';
import type { KeyValueStore } from '../store/key-value-store.ts';
import { passageEmbedderFrom } from '../knowledge/passage-embedder.ts';
import { accountApi } from './account-api.ts';
import { type AccountRegistry, createAccountRegistry } from './accounts/account-registry.ts';
import { createBrandProfiles } from './brand/brand-profiles.ts';
import { type AuditedCreditLedger, createCreditLedger } from './credits/credit-ledger.ts';
import { createIdempotencyStore } from './credits/idempotency-store.ts';
import { type AccountEvent, type AccountEvents, createAccountEvents } from './events/account-events.ts';
import { inProcessEventBus } from './events/event-bus.ts';
import { createJobEventLog } from './events/job-event-log.ts';
import { createExports } from './exports/exports.ts';
import { createBatchRepository } from './jobs/batch-repository.ts';
import type { JobDeps } from './jobs/job-deps.ts';
import { createJobEnding } from './jobs/job-ending.ts';
import { createJobQueue, type JobQueue } from './jobs/job-queue.ts';
import { recoverJobs } from './jobs/job-recovery.ts';
import { createJobRepository } from './jobs/job-repository.ts';
import { createJobRunner } from './jobs/job-runner.ts';
import { createKnowledgeBase } from './knowledge/knowledge-base.ts';
import { createMediaLinks } from './media/media-links.ts';
import { loadMediaSecret } from './media/media-secret.ts';
import { createMediaSigner } from './media/media-signature.ts';
import { openMedia } from './media/open-media.ts';
import { createInFlightCalls } from './in-flight-calls.ts';
import { createPublicApi } from './public-api.ts';
import type { Caller, ServiceHost } from './service-ports.ts';
import { type ServiceSettings, serviceSettings } from './service-settings.ts';
import { createWebhookNetwork } from './webhooks/webhook-network.ts';
import { createSecretBox } from './webhooks/webhook-secret-box.ts';
import { webhookSettings } from './webhooks/webhook-settings.ts';
import { createWebhooks, type Webhooks } from './webhooks/webhooks.ts';

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
  /** Webhook endpoints and their deliveries (subscribed to `accountEvents`). */
  readonly webhooks: Webhooks;
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
  const mediaSecret = loadMediaSecret(settings.dataDir, options.config.mediaSecret);
  const signer = createMediaSigner(mediaSecret);
  const links = createMediaLinks({ signer, publicUrl: options.publicUrl, ttlSeconds: settings.mediaUrlTtlSeconds, now });
  const accountEvents = createAccountEvents(inProcessEventBus<AccountEvent>());
  // Webhook secrets are sealed with a key derived from the media secret (see webhook-secret-box.ts).
  const webhooks = createWebhooks({
    store,
    now,
    logError,
    settings: webhookSettings(options.config),
    secrets: createSecretBox(mediaSecret),
    network: createWebhookNetwork({ allowPrivateFor: options.config.allowPrivateFor ?? [] }),
  });
  accountEvents.subscribe(webhooks.dispatcher.enqueue);
  const events = createJobEventLog({ store, bus: inProcessEventBus<WorkflowEvent>() });
  const jobDeps: JobDeps = { jobs: createJobRepository(store), events, accountEvents, ledger, links, settings, now };
  const ending = createJobEnding(jobDeps);
  const queue = createJobQueue({
    concurrency: settings.renderConcurrency,
    run: createJobRunner(jobDeps, ending),
    onError: (jobId, error) => logError(`Job ${jobId} stopped without recording its outcome; it is resumed or settled on the next start`, error),
  });
  queue.pause();
  const embedder = passageEmbedderFrom(options.config.embeddingModel);
  const knowledge = createKnowledgeBase({ store, safeFetch: settings.safeFetch, now, logError, ...(embedder ? { embedder } : {}) });
  const shared = {
    ...jobDeps,
    ending,
    queue,
    accounts,
    brands: createBrandProfiles(store, now),
    batches: createBatchRepository(store),
    idempotency: createIdempotencyStore(store),
    webhooks,
    knowledge,
    exports: createExports({
      config: options.config,
      dataDir: settings.dataDir,
      publicUrl: options.publicUrl,
      jobs: jobDeps.jobs,
      links,
      now,
      openMedia: (path, query) => openMedia({ dataDir: settings.dataDir, signer, now }, path, query),
    }),
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
    webhooks,
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
      started ??= recoverJobs(jobDeps, ending, queue).then(() => (queue.resume(), webhooks.dispatcher.start()));
      return started;
    },
    close() {
      // Calls being answered finish (a launch cut off half-written would cost credits for nothing) while
      // running renders stop where they are (their jobs stay running, to resume next start); then the store closes.
      // Knowledge ingests stop too, recording their sources as failed, before the store closes.
      closed ??= Promise.all([inFlight.drain(closeDrainMs), queue.close(), knowledge.close()])
        // Webhook attempts in flight are cut short; their deliveries stay pending for the next start.
        .then(() => webhooks.dispatcher.close())
        .then(() => store.close());
      return closed;
    },
  };
}
