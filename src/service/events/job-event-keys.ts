/** A job's events, keyed so that key order is event order. */
export const jobEventKeys = {
  events: (jobId: string) => `job-event:${jobId}:`,
  event: (jobId: string, seq: number) => `job-event:${jobId}:${String(seq).padStart(10, '0')}`,
};
