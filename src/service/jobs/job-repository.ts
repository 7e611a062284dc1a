import { CinematicAdsError } from '../../contract/errors.ts';
import { createKeyMutex } from '../../store/key-mutex.ts';
import type { KeyValueStore } from '../../store/key-value-store.ts';
import { isJobId } from './job-ids.ts';
import type { JobRecord } from './job-record.ts';
import { jobStoreKeys } from './job-store-keys.ts';

/** A launch that was paid for (or about to be) but whose job was never stored. */
export interface InterruptedLaunch {
  jobId: string;
  accountId: string;
  cost: number;
}

export interface JobRepository {
  /** Notes launches about to be paid for, before the debit: `create` (or `release`) clears each. */
  reserve(jobs: readonly JobRecord[]): Promise<void>;
  /** Clears the reservations of these launches (refused before anything was spent, or refunded). */
  release(jobIds: readonly string[]): Promise<void>;
  /** Reservations a previous process left without a stored job: it stopped between debit and store. */
  interruptedLaunches(): Promise<InterruptedLaunch[]>;
  /** Writes a new job and its indexes. */
  create(job: JobRecord): Promise<void>;
  /** Takes back a job whose launch could not finish (its credits are refunded by the caller). */
  discard(job: JobRecord): Promise<void>;
  get(jobId: string): Promise<JobRecord | undefined>;
  /** The account's job, or the same 404 for a missing job and another account's. */
  getOwned(accountId: string, jobId: string): Promise<JobRecord>;
  /**
   * Changes a job one writer at a time: `change` sees the latest record and returns the next one
   * (or undefined to leave it as is). `afterWrite` runs, still holding the job, only when a change
   * was written: events appended there are ordered with the state change that caused them.
   */
  update(
    jobId: string,
    change: (job: JobRecord) => JobRecord | undefined,
    afterWrite?: (job: JobRecord) => Promise<void>,
  ): Promise<{ job: JobRecord; changed: boolean }>;
  /** Every job of an account, newest first. */
  listForAccount(accountId: string): Promise<JobRecord[]>;
  /** Jobs a restart must resume or settle, oldest first. */
  listActive(): Promise<JobRecord[]>;
}

export function createJobRepository(store: KeyValueStore): JobRepository {
  const writes = createKeyMutex();

  async function get(jobId: string): Promise<JobRecord | undefined> {
    return isJobId(jobId) ? store.get<JobRecord>(jobStoreKeys.job(jobId)) : undefined;
  }

  async function save(job: JobRecord): Promise<void> {
    await store.set(jobStoreKeys.job(job.id), job);
    // Ended and settled jobs leave the restart list; the record itself stays for history.
    if (job.settled) await store.delete(jobStoreKeys.activeJob(job.id));
  }

  return {
    async reserve(jobs) {
      for (const job of jobs) await store.set(jobStoreKeys.launch(job.id), { jobId: job.id, accountId: job.accountId, cost: job.cost } satisfies InterruptedLaunch);
    },
    async release(jobIds) {
      for (const jobId of jobIds) await store.delete(jobStoreKeys.launch(jobId));
    },
    async interruptedLaunches() {
      const interrupted: InterruptedLaunch[] = [];
      for await (const [key, launch] of store.entries<InterruptedLaunch>(jobStoreKeys.launches)) {
        // A stored job means the launch finished; only its reservation was left behind.
        if (await get(launch.jobId)) await store.delete(key);
        else interrupted.push(launch);
      }
      return interrupted;
    },
    async create(job) {
      await writes.run(job.id, async () => {
        await store.set(jobStoreKeys.activeJob(job.id), job.accountId);
        await store.set(jobStoreKeys.job(job.id), job);
        await store.set(jobStoreKeys.accountJob(job.accountId, job.id), job.createdAt);
        await store.delete(jobStoreKeys.launch(job.id));
      });
    },
    async discard(job) {
      await writes.run(job.id, async () => {
        await store.delete(jobStoreKeys.accountJob(job.accountId, job.id));
        await store.delete(jobStoreKeys.job(job.id));
        await store.delete(jobStoreKeys.activeJob(job.id));
        await store.delete(jobStoreKeys.launch(job.id));
      });
    },
    get,
    async getOwned(accountId, jobId) {
      const job = await get(jobId);
      if (!job || job.accountId !== accountId) throw new CinematicAdsError('not_found', `No workflow job with id "${jobId}"`);
      return job;
    },
    update(jobId, change, afterWrite) {
      return writes.run(jobId, async () => {
        const job = await get(jobId);
        if (!job) throw new CinematicAdsError('not_found', `No workflow job with id "${jobId}"`);
        const next = change(job);
        if (!next) return { job, changed: false };
        await save(next);
        await afterWrite?.(next);
        return { job: next, changed: true };
      });
    },
    async listForAccount(accountId) {
      const jobs: JobRecord[] = [];
      for await (const [key] of store.entries<string>(jobStoreKeys.accountJobs(accountId))) {
        const job = await get(key.slice(jobStoreKeys.accountJobs(accountId).length));
        if (job && job.accountId === accountId) jobs.push(job);
      }
      return jobs.sort(newestFirst);
    },
    async listActive() {
      const jobs: JobRecord[] = [];
      for await (const [key] of store.entries<string>(jobStoreKeys.activeJobs)) {
        const job = await get(key.slice(jobStoreKeys.activeJobs.length));
        if (job) jobs.push(job);
      }
      return jobs.sort((a, b) => -newestFirst(a, b));
    },
  };
}

function newestFirst(a: JobRecord, b: JobRecord): number {
  return b.createdAt.localeCompare(a.createdAt) || (b.launchIndex ?? 0) - (a.launchIndex ?? 0) || b.id.localeCompare(a.id);
}
