import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CinematicAdsError } from '../../../src/contract/errors.ts';
import { createCreditLedger } from '../../../src/service/credits/credit-ledger.ts';
import type { KeyValueStore } from '../../../src/store/key-value-store.ts';
import { sqliteKeyValueStore } from '../../../src/store/sqlite-key-value-store.ts';
import { testDir } from '../../fixtures/temp-dir.ts';
import { storeKinds } from '../../store/store-kinds.ts';

type Outcome = { ok: true } | { ok: false; error: unknown };

const settle = (work: Promise<unknown>): Promise<Outcome> =>
  work.then(
    () => ({ ok: true }),
    (error: unknown) => ({ ok: false, error }),
  );

describe.each(storeKinds('ledger-load'))('200 concurrent debits on the $name store', (kind) => {
  let store: KeyValueStore;
  afterEach(async () => store.close());

  it('accepts exactly what the balance covers, refuses the rest with the seed sentence, never goes negative', async () => {
    store = kind.open();
    const ledger = createCreditLedger(store);
    await ledger.grant('acc_load', 100, 'Opening credits');

    const seen: number[] = [];
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        seen.push(await ledger.balance('acc_load'));
        await new Promise((done) => setImmediate(done));
      }
    })();

    const outcomes = await Promise.all(
      Array.from({ length: 200 }, (_, i) => settle(ledger.debit('acc_load', [{ amount: 3, ref: `wf_${i}` }]))),
    );
    sampling = false;
    await sampler;

    const accepted = outcomes.filter((outcome) => outcome.ok);
    const refused = outcomes.flatMap((outcome) => (outcome.ok ? [] : [outcome.error]));
    expect(accepted).toHaveLength(33);
    expect(refused).toHaveLength(167);
    // Debits run in call order per account, so every refusal comes after the 33rd debit left 1 credit.
    for (const error of refused) {
      expect(error).toBeInstanceOf(CinematicAdsError);
      expect(error).toMatchObject({ status: 402, code: 'insufficient_credits', message: 'Insufficient credits. Required: 3, available: 1' });
    }
    expect(await ledger.balance('acc_load')).toBe(1);
    expect(seen.length).toBeGreaterThan(0);
    expect(Math.min(...seen)).toBeGreaterThanOrEqual(0);
    const check = await ledger.verifyBalance('acc_load');
    expect(check).toEqual({ ok: true, balance: 1, recomputed: 1, entries: 34, problems: [] });
  });
});

describe('two ledgers, each with its own lock, on one SQLite file (two processes)', () => {
  const dir = testDir('ledger-two');

  it('still never overspends: the journal number is claimed atomically', async () => {
    const file = join(dir, 'store.sqlite');
    const stores = [sqliteKeyValueStore(file), sqliteKeyValueStore(file)];
    const [one, two] = stores.map((store) => createCreditLedger(store));
    if (!one || !two) throw new Error('two ledgers expected');
    await one.grant('acc_shared', 60, 'Opening credits');

    const outcomes = await Promise.all(
      Array.from({ length: 60 }, (_, i) => settle((i % 2 ? one : two).debit('acc_shared', [{ amount: 3, ref: `wf_${i}` }]))),
    );
    const refunds = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? one : two).refund('acc_shared', 'wf_0', 3, 'x')));

    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(20);
    expect(refunds.filter((amount) => amount > 0)).toEqual(outcomes[0]?.ok ? [3] : []);
    const expected = outcomes[0]?.ok ? 3 : 0;
    expect(await one.balance('acc_shared')).toBe(expected);
    expect(await two.verifyBalance('acc_shared')).toMatchObject({ ok: true, recomputed: expected, problems: [] });
    await Promise.all(stores.map((store) => store.close()));
  });
});
