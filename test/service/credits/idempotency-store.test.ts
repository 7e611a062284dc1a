import { afterEach, describe, expect, it } from 'vitest';
import { CinematicAdsError } from '../../../src/contract/errors.ts';
import { createCreditLedger } from '../../../src/service/credits/credit-ledger.ts';
import { createIdempotencyStore } from '../../../src/service/credits/idempotency-store.ts';
import type { KeyValueStore } from '../../../src/store/key-value-store.ts';
import { storeKinds } from '../../store/store-kinds.ts';

describe.each(storeKinds('idempotency'))('Idempotency-Key on the $name store', (kind) => {
  let store: KeyValueStore;
  afterEach(async () => store.close());

  /** A paid launch as the job layer does it: debit, answer with the job id and cost. */
  function setup() {
    store = kind.open();
    const ledger = createCreditLedger(store);
    const idempotency = createIdempotencyStore(store);
    let launches = 0;
    const launch = async () => {
      launches += 1;
      const jobId = `wf_${launches}`;
      await ledger.debit('acc_a', [{ amount: 2, ref: jobId }]);
      return { success: true, jobId, message: 'Workflow queued', cost: 2 };
    };
    return { ledger, idempotency, launch, launches: () => launches };
  }

  it('runs once for a repeated key: one debit, the same answer', async () => {
    const { ledger, idempotency, launch, launches } = setup();
    await ledger.grant('acc_a', 10, 'grant');
    const first = await idempotency.once('acc_a', 'key-1', 'fp-body-1', launch);
    const second = await idempotency.once('acc_a', 'key-1', 'fp-body-1', launch);
    expect(second).toEqual(first);
    expect(launches()).toBe(1);
    expect(await ledger.balance('acc_a')).toBe(8);
  });

  it('refuses the key with a different request (409) and spends nothing', async () => {
    const { ledger, idempotency, launch } = setup();
    await ledger.grant('acc_a', 10, 'grant');
    await idempotency.once('acc_a', 'key-1', 'fp-body-1', launch);
    const refused = await idempotency.once('acc_a', 'key-1', 'fp-body-2', launch).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(CinematicAdsError);
    expect(refused).toMatchObject({ status: 409, code: 'conflict' });
    expect((refused as Error).message).toBe('Idempotency-Key "key-1" was used with a different request; send a new key for a new request');
    expect(await ledger.balance('acc_a')).toBe(8);
  });

  it('makes concurrent repeats wait for the first and share its answer', async () => {
    const { ledger, idempotency, launch, launches } = setup();
    await ledger.grant('acc_a', 10, 'grant');
    const answers = await Promise.all(Array.from({ length: 20 }, () => idempotency.once('acc_a', 'burst', 'fp', launch)));
    expect(new Set(answers.map((answer) => answer.jobId))).toEqual(new Set(['wf_1']));
    expect(launches()).toBe(1);
    expect(await ledger.balance('acc_a')).toBe(8);
    await expect(idempotency.once('acc_a', 'burst', 'other', launch)).rejects.toMatchObject({ status: 409 });
  });

  it('replays a 4xx first answer without running again', async () => {
    const { idempotency, launch, launches } = setup();
    const first = await idempotency.once('acc_a', 'poor', 'fp', launch).catch((error: unknown) => error);
    expect((first as Error).message).toBe('Insufficient credits. Required: 2, available: 0');
    const again = await idempotency.once('acc_a', 'poor', 'fp', launch).catch((error: unknown) => error);
    expect(again).toBeInstanceOf(CinematicAdsError);
    expect(again).toMatchObject({ status: 402, code: 'insufficient_credits', message: 'Insufficient credits. Required: 2, available: 0' });
    expect((again as CinematicAdsError).details).toEqual({ required: 2, available: 0 });
    expect(launches()).toBe(1);
  });

  it('does not keep a 5xx, so a retry can succeed', async () => {
    const { ledger, idempotency, launch, launches } = setup();
    await ledger.grant('acc_a', 10, 'grant');
    const outage = async () => {
      throw new CinematicAdsError('unavailable', 'Queue unavailable');
    };
    await expect(idempotency.once('acc_a', 'retry', 'fp', outage)).rejects.toMatchObject({ status: 503 });
    await expect(idempotency.once('acc_a', 'retry', 'fp', async () => Promise.reject(new Error('bug')))).rejects.toThrow('bug');
    const answer = await idempotency.once('acc_a', 'retry', 'fp', launch);
    expect(answer.jobId).toBe('wf_1');
    expect(launches()).toBe(1);
  });

  it('keeps keys per account and forgets them after their time', async () => {
    store = kind.open();
    const idempotency = createIdempotencyStore(store, { ttlMs: 40 });
    let runs = 0;
    const work = async () => ({ run: (runs += 1) });
    expect(await idempotency.once('acc_a', 'k', 'fp', work)).toEqual({ run: 1 });
    expect(await idempotency.once('acc_b', 'k', 'other-fp', work)).toEqual({ run: 2 });
    expect(await idempotency.once('acc_a', 'k', 'fp', work)).toEqual({ run: 1 });
    await new Promise((done) => setTimeout(done, 80));
    expect(await idempotency.once('acc_a', 'k', 'new-fp', work)).toEqual({ run: 3 });
  });

  it('refuses an empty or oversized key', async () => {
    store = kind.open();
    const idempotency = createIdempotencyStore(store);
    await expect(idempotency.once('acc_a', '', 'fp', async () => 1)).rejects.toMatchObject({ status: 400 });
    await expect(idempotency.once('acc_a', 'x'.repeat(256), 'fp', async () => 1)).rejects.toMatchObject({ status: 400 });
  });
});
