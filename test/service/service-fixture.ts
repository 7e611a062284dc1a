import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Config } from '../../src/config.ts';
import type { CinematicAds } from '../../src/contract/interface.ts';
import type { WorkflowEvent } from '../../src/contract/schemas/workflow-events.ts';
import type { Caller, Plan } from '../../src/service/service-ports.ts';
import { type CinematicAdsService, createService } from '../../src/service/service.ts';
import type { KeyValueStore } from '../../src/store/key-value-store.ts';
import { memoryKeyValueStore } from '../../src/store/memory-key-value-store.ts';

export const publicUrl = 'http://media.test';

/** A data folder for one test file, removed by `cleanup`. */
export function tempDataDir(label: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `cinematicads-service-${label}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface ServiceFixture {
  service: CinematicAdsService;
  store: KeyValueStore;
  dataDir: string;
  /** A new account and its API for tests. */
  account(options?: { credits?: number; plan?: Plan }): Promise<{ api: CinematicAds; caller: Caller; apiKey: string }>;
}

/** A started service on a memory store (unless one is given), rendering small. */
export async function startService(
  dataDir: string,
  options: { store?: KeyValueStore; config?: Partial<Config>; clock?: () => Date } = {},
): Promise<ServiceFixture> {
  const store = options.store ?? memoryKeyValueStore();
  const service = createService({
    config: { dataDir, renderSize: 'small', ...options.config },
    store,
    publicUrl,
    ...(options.clock ? { clock: options.clock } : {}),
    logError: () => {},
  });
  await service.start();
  return {
    service,
    store,
    dataDir,
    async account({ credits = 20, plan = 'agency' } = {}) {
      const account = await service.accounts.createAccount({ name: 'Test', plan, credits });
      const key = await service.accounts.createApiKey(account.id);
      const caller = await service.authenticate({ apiKey: key.key });
      if (!caller) throw new Error('the new key did not authenticate');
      return { api: service.forAccount(caller), caller, apiKey: key.key };
    },
  };
}

/**
 * A service shared by the tests of one file: started before them, closed and its data folder
 * removed after. Usable as a ServiceFixture from inside the tests.
 */
export function serviceForFile(label: string): ServiceFixture {
  const temp = tempDataDir(label);
  let started: ServiceFixture | undefined;
  beforeAll(async () => {
    started = await startService(temp.dir);
  });
  afterAll(async () => {
    await started?.service.close();
    temp.cleanup();
  });
  const current = () => {
    if (!started) throw new Error('the service starts in beforeAll: use the fixture inside tests');
    return started;
  };
  return {
    get service() {
      return current().service;
    },
    get store() {
      return current().store;
    },
    dataDir: temp.dir,
    account: (options) => current().account(options),
  };
}

/** Every event of a job's stream until its result (or its pause for review, when `untilSuspended`). */
export async function collectEvents(api: CinematicAds, jobId: string, options: { untilSuspended?: boolean; lastEventId?: string } = {}): Promise<WorkflowEvent[]> {
  const events: WorkflowEvent[] = [];
  for await (const event of api.getWorkflowStream({ jobId }, options.lastEventId ? { lastEventId: options.lastEventId } : {})) {
    events.push(event);
    if (options.untilSuspended && event.event === 'suspended') break;
  }
  return events;
}

/** What the HTTP media route would serve for a link from a result. */
export function openLink(service: CinematicAdsService, link: string) {
  const url = new URL(link);
  return service.openMedia(url.pathname, url.searchParams);
}

/** Waits on a job's stream until `match` accepts an event (the stream is left at once). */
export async function waitForEvent(api: CinematicAds, jobId: string, match: (event: WorkflowEvent) => boolean): Promise<WorkflowEvent> {
  for await (const event of api.getWorkflowStream({ jobId })) if (match(event)) return event;
  throw new Error(`the stream of ${jobId} ended before the awaited event`);
}
