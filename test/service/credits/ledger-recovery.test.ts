import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { creditKeys } from '../../../src/service/credits/credit-keys.ts';
import { createCreditLedger } from '../../../src/service/credits/credit-ledger.ts';
import { buildTransaction } from '../../../src/service/credits/credit-transaction.ts';
import { sqliteKeyValueStore } from '../../../src/store/sqlite-key-value-store.ts';
import { testDir } from '../../fixtures/temp-dir.ts';

const dir = testDir('ledger-recovery');

describe('credit ledger after a restart', () => {
  it('keeps balance, journal and refund records across a restart', async () => {
    const file = join(dir, 'restart.sqlite');
    const before = sqliteKeyValueStore(file);
    const ledger = createCreditLedger(before);
    await ledger.grant('acc_r', 10, 'grant');
    await ledger.debit('acc_r', [{ amount: 4, ref: 'wf_1' }]);
    await ledger.refund('acc_r', 'wf_1', 4, 'failed');
    await before.close();

    const after = sqliteKeyValueStore(file);
    const again = createCreditLedger(after);
    expect(await again.balance('acc_r')).toBe(10);
    expect(await again.refund('acc_r', 'wf_1', 4, 'failed again')).toBe(0);
    expect(await again.entries('acc_r')).toHaveLength(3);
    await after.close();
  });

  it('finishes a transaction whose process died after writing it, before updating the balance', async () => {
    const file = join(dir, 'crash.sqlite');
    const store = sqliteKeyValueStore(file);
    const ledger = createCreditLedger(store);
    await ledger.grant('acc_c', 10, 'grant');
    // What a crash between the two steps leaves: the journal record, but no head or debit record.
    const orphan = buildTransaction('acc_c', { seq: 1, balance: 10 }, [{ delta: -4, kind: 'debit', ref: 'wf_1' }], new Date());
    expect(await store.add(creditKeys.transaction('acc_c', 2), orphan)).toBe(true);
    await store.close();

    const restarted = sqliteKeyValueStore(file);
    const recovered = createCreditLedger(restarted);
    expect(await recovered.balance('acc_c')).toBe(6);
    await expect(recovered.debit('acc_c', [{ amount: 7, ref: 'wf_2' }])).rejects.toThrow('Insufficient credits. Required: 7, available: 6');
    expect(await recovered.refund('acc_c', 'wf_1', 4, 'failed')).toBe(4);
    expect(await recovered.verifyBalance('acc_c')).toMatchObject({ ok: true, recomputed: 10 });
    await restarted.close();
  });

  it('names what is wrong when a journal was tampered with', async () => {
    const store = sqliteKeyValueStore(join(dir, 'tampered.sqlite'));
    const ledger = createCreditLedger(store);
    await ledger.grant('acc_t', 10, 'grant');
    const key = creditKeys.transaction('acc_t', 1);
    const record = await store.get<{ entries: Array<{ delta: number }> }>(key);
    if (!record?.entries[0]) throw new Error('journal record expected');
    record.entries[0].delta = 20;
    await store.set(key, record);
    const check = await ledger.verifyBalance('acc_t');
    expect(check.ok).toBe(false);
    expect(check.problems.join('; ')).toMatch(/sums to 20/);
    await store.close();
  });
});
