import { afterEach, describe, expect, it } from 'vitest';
import { CinematicAdsError } from '../../../src/contract/errors.ts';
import { createCreditLedger } from '../../../src/service/credits/credit-ledger.ts';
import type { KeyValueStore } from '../../../src/store/key-value-store.ts';
import { storeKinds } from '../../store/store-kinds.ts';

async function rawJournal(store: KeyValueStore, accountId: string): Promise<Record<string, string>> {
  const raw: Record<string, string> = {};
  for await (const [key, value] of store.entries(`credits:${accountId}:tx:`)) raw[key] = JSON.stringify(value);
  return raw;
}

describe.each(storeKinds('ledger'))('credit ledger on the $name store', (kind) => {
  let store: KeyValueStore;
  afterEach(async () => store.close());

  it('grants, debits and reports the balance, with every entry in the journal', async () => {
    store = kind.open();
    const ledger = createCreditLedger(store);
    expect(await ledger.balance('acc_a')).toBe(0);
    const grant = await ledger.grant('acc_a', 10, 'Opening credits');
    expect(grant).toMatchObject({ accountId: 'acc_a', delta: 10, kind: 'grant', balance: 10, note: 'Opening credits' });
    const [debit] = await ledger.debit('acc_a', [{ amount: 2, ref: 'wf_1' }]);
    expect(debit).toMatchObject({ delta: -2, kind: 'debit', ref: 'wf_1', balance: 8 });
    expect(await ledger.balance('acc_a')).toBe(8);
    expect((await ledger.entries('acc_a')).map((entry) => entry.delta)).toEqual([10, -2]);
    expect(await ledger.balance('acc_b')).toBe(0);
  });

  it('answers a short balance with the seed sentence and writes nothing', async () => {
    store = kind.open();
    const ledger = createCreditLedger(store);
    const refused = await ledger.debit('acc_a', [{ amount: 2, ref: 'wf_1' }]).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(CinematicAdsError);
    expect((refused as CinematicAdsError).message).toBe('Insufficient credits. Required: 2, available: 0');
    expect((refused as CinematicAdsError).status).toBe(402);
    expect(await ledger.entries('acc_a')).toEqual([]);
  });

  it('debits a batch whole or not at all', async () => {
    store = kind.open();
    const ledger = createCreditLedger(store);
    await ledger.grant('acc_a', 10, 'grant');
    const batch = [
      { amount: 3, ref: 'wf_1' },
      { amount: 5, ref: 'wf_2' },
      { amount: 3, ref: 'wf_3' },
    ];
    await expect(ledger.debit('acc_a', batch)).rejects.toThrow('Insufficient credits. Required: 11, available: 10');
    expect(await ledger.balance('acc_a')).toBe(10);
    expect(await ledger.entries('acc_a')).toHaveLength(1);
    const entries = await ledger.debit('acc_a', batch.slice(0, 2));
    expect(entries.map((entry) => entry.balance)).toEqual([7, 2]);
    // One already-debited ref sinks the whole batch too.
    await ledger.grant('acc_a', 10, 'grant');
    await expect(ledger.debit('acc_a', [{ amount: 1, ref: 'wf_9' }, { amount: 1, ref: 'wf_2' }])).rejects.toThrow(/already debited/);
    expect(await ledger.balance('acc_a')).toBe(12);
  });

  it('refunds a ref exactly once and never more than it cost', async () => {
    store = kind.open();
    const ledger = createCreditLedger(store);
    await ledger.grant('acc_a', 10, 'grant');
    await ledger.debit('acc_a', [{ amount: 4, ref: 'wf_1' }]);
    expect(await ledger.refund('acc_a', 'wf_1', 9, 'failed')).toBe(4);
    expect(await ledger.refund('acc_a', 'wf_1', 4, 'failed again')).toBe(0);
    expect(await ledger.refund('acc_a', 'wf_never', 3, 'unknown')).toBe(0);
    expect(await ledger.refund('acc_b', 'wf_1', 4, 'other account')).toBe(0);
    expect(await ledger.balance('acc_a')).toBe(10);
    expect((await ledger.entries('acc_a')).map((entry) => entry.kind)).toEqual(['grant', 'debit', 'refund']);
  });

  it('refunds once even when many ask at the same time', async () => {
    store = kind.open();
    const ledger = createCreditLedger(store);
    await ledger.grant('acc_a', 5, 'grant');
    await ledger.debit('acc_a', [{ amount: 3, ref: 'wf_1' }]);
    const refunded = await Promise.all(Array.from({ length: 50 }, () => ledger.refund('acc_a', 'wf_1', 3, 'cancelled')));
    expect(refunded.filter((amount) => amount > 0)).toEqual([3]);
    expect(await ledger.balance('acc_a')).toBe(5);
    expect(await ledger.verifyBalance('acc_a')).toMatchObject({ ok: true, recomputed: 5 });
  });

  it('only ever appends: earlier journal records stay byte for byte', async () => {
    store = kind.open();
    const ledger = createCreditLedger(store);
    await ledger.grant('acc_a', 10, 'grant');
    await ledger.debit('acc_a', [{ amount: 2, ref: 'wf_1' }]);
    const before = await rawJournal(store, 'acc_a');
    await ledger.refund('acc_a', 'wf_1', 2, 'failed');
    await ledger.debit('acc_a', [{ amount: 1, ref: 'wf_2' }]).catch(() => {});
    await ledger.debit('acc_a', [{ amount: 100, ref: 'wf_3' }]).catch(() => {});
    const after = await rawJournal(store, 'acc_a');
    expect(Object.keys(after)).toHaveLength(Object.keys(before).length + 2);
    for (const [key, value] of Object.entries(before)) expect(after[key]).toBe(value);
  });

  it('refuses amounts that are not whole positive credits', async () => {
    store = kind.open();
    const ledger = createCreditLedger(store);
    await expect(ledger.grant('acc_a', 1.5, 'x')).rejects.toThrow('A grant must be a whole number of credits');
    await expect(ledger.grant('acc_a', -1, 'x')).rejects.toMatchObject({ status: 400 });
    await expect(ledger.debit('acc_a', [{ amount: 0, ref: 'wf_1' }])).rejects.toMatchObject({ status: 400 });
    await expect(ledger.debit('acc_a', [{ amount: 1, ref: 'wf_1' }, { amount: 1, ref: 'wf_1' }])).rejects.toThrow(/same ref twice/);
    await expect(ledger.balance('acc:other')).rejects.toThrow(/not an account id/);
  });

  it('filters entries by time, both ends inclusive', async () => {
    store = kind.open();
    let clock = new Date('2025-01-01T00:00:00Z');
    const ledger = createCreditLedger(store, { now: () => clock });
    await ledger.grant('acc_a', 10, 'grant');
    clock = new Date('2025-01-02T00:00:00Z');
    await ledger.debit('acc_a', [{ amount: 1, ref: 'wf_1' }]);
    clock = new Date('2025-01-03T00:00:00Z');
    await ledger.debit('acc_a', [{ amount: 1, ref: 'wf_2' }]);
    const range = { from: new Date('2025-01-02T00:00:00Z'), to: new Date('2025-01-03T00:00:00Z') };
    expect((await ledger.entries('acc_a', range)).map((entry) => entry.ref)).toEqual(['wf_1', 'wf_2']);
    expect(await ledger.entries('acc_a', { to: new Date('2025-01-01T12:00:00Z') })).toHaveLength(1);
  });

  it('may show a balance another process changed up to balanceCacheMs late, never its own writes late', async () => {
    store = kind.open();
    let clock = new Date('2025-01-01T00:00:00Z');
    const server = createCreditLedger(store, { now: () => clock, balanceCacheMs: 1_000 });
    const operator = createCreditLedger(store, { now: () => clock });
    await server.grant('acc_a', 10, 'Opening credits');
    expect(await server.balance('acc_a')).toBe(10);
    await operator.grant('acc_a', 5, 'Top-up');
    expect(await server.balance('acc_a')).toBe(10);
    clock = new Date('2025-01-01T00:00:01Z');
    expect(await server.balance('acc_a')).toBe(15);
    // A debit decides on the journal, not the remembered head, and refreshes it.
    await operator.debit('acc_a', [{ amount: 15, ref: 'wf_other' }]);
    await expect(server.debit('acc_a', [{ amount: 1, ref: 'wf_1' }])).rejects.toMatchObject({ status: 402 });
    await operator.grant('acc_a', 3, 'Refill');
    await server.debit('acc_a', [{ amount: 2, ref: 'wf_2' }]);
    expect(await server.balance('acc_a')).toBe(1);
  });
});
