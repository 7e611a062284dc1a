import { randomInt } from 'node:crypto';

const base62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Random base62 text from the CSPRNG: ids are unguessable, so knowing one job id reveals no other. */
function randomBase62(length: number): string {
  let text = '';
  for (let i = 0; i < length; i += 1) text += base62[randomInt(base62.length)];
  return text;
}

/** `wf_` and 20 base62 characters (~119 bits). */
export function newJobId(): string {
  return `wf_${randomBase62(20)}`;
}

/** `bt_` and 16 base62 characters (~95 bits). */
export function newBatchId(): string {
  return `bt_${randomBase62(16)}`;
}

/** Only ids of our own shape can name a job: anything else is unknown without a store read. */
export function isJobId(value: string): boolean {
  return /^wf_[0-9A-Za-z]{16,40}$/.test(value);
}

export function isBatchId(value: string): boolean {
  return /^bt_[0-9A-Za-z]{16,40}$/.test(value);
}
