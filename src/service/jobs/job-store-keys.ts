/**
 * Where jobs live in the store. `active-job:` lists every job a restart must look at (not yet
 * ended, or ended but not settled), so start-up reads those and not the whole history.
 */
export const jobStoreKeys = {
  job: (jobId: string) => `job:${jobId}`,
  accountJobs: (accountId: string) => `account-job:${accountId}:`,
  accountJob: (accountId: string, jobId: string) => `account-job:${accountId}:${jobId}`,
  activeJobs: 'active-job:',
  activeJob: (jobId: string) => `active-job:${jobId}`,
  batch: (batchId: string) => `batch:${batchId}`,
  /** A launch between its debit and its stored job; a crash in that gap is refunded on the next start. */
  launches: 'launch-intent:',
  launch: (jobId: string) => `launch-intent:${jobId}`,
};
