import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAccountRegistry } from '../../../src/service/accounts/account-registry.ts';
import { createCreditLedger } from '../../../src/service/credits/credit-ledger.ts';
import { memoryKeyValueStore } from '../../../src/store/memory-key-value-store.ts';
import { sqliteKeyValueStore } from '../../../src/store/sqlite-key-value-store.ts';
import { testDir } from '../../fixtures/temp-dir.ts';

const dir = testDir('accounts');

describe('account registry', () => {
  it('opens accounts with a plan, a trial end and opening credits in the journal', async () => {
    const store = memoryKeyValueStore();
    const ledger = createCreditLedger(store);
    const now = new Date('2025-03-01T00:00:00Z');
    const registry = createAccountRegistry({ store, ledger, now: () => now });

    const trial = await registry.createAccount({ name: '  Trial Co  ', plan: 'trial' });
    expect(trial).toMatchObject({ name: 'Trial Co', plan: 'trial', trialEndsAt: '2025-03-15T00:00:00.000Z' });
    expect(trial.id).toMatch(/^acc_[A-Za-z0-9_-]{12}$/);
    const short = await registry.createAccount({ name: 'Short', plan: 'trial', trialDays: 3 });
    expect(short.trialEndsAt).toBe('2025-03-04T00:00:00.000Z');
    const agency = await registry.createAccount({ name: 'Agency', plan: 'agency', credits: 100 });
    expect(agency.trialEndsAt).toBeNull();
    expect(await ledger.balance(agency.id)).toBe(100);
    expect(await ledger.entries(agency.id)).toMatchObject([{ kind: 'grant', delta: 100, note: 'Opening credits' }]);

    expect(await registry.getAccount(agency.id)).toEqual(agency);
    expect(await registry.getAccount('acc_missing')).toBeNull();
    expect(await registry.getAccount('account:../x')).toBeNull();
    expect((await registry.listAccounts()).map((account) => account.name).sort()).toEqual(['Agency', 'Short', 'Trial Co']);
  });

  it('names the bad field of a new account', async () => {
    const store = memoryKeyValueStore();
    const registry = createAccountRegistry({ store, ledger: createCreditLedger(store) });
    await expect(registry.createAccount({ name: '', plan: 'agency' })).rejects.toThrow('Invalid account: name must not be empty');
    await expect(registry.createAccount({ name: 'X', plan: 'gold' as 'pro' })).rejects.toThrow(
      'Invalid account: plan must be one of trial, pro, agency, enterprise',
    );
    await expect(registry.createAccount({ name: 'X', plan: 'agency', credits: -1 })).rejects.toThrow('credits must not be negative');
    await expect(registry.createAccount({ name: 'X', plan: 'agency', trialDays: 5 })).rejects.toThrow('trialDays applies to trial accounts only');
    expect(await registry.listAccounts()).toEqual([]);
  });

  it('finds every account again after a restart on the same file', async () => {
    const file = join(dir, 'store.sqlite');
    const first = sqliteKeyValueStore(file);
    const created = await createAccountRegistry({ store: first, ledger: createCreditLedger(first) }).createAccount({ name: 'Kept', plan: 'enterprise', credits: 5 });
    await first.close();

    const second = sqliteKeyValueStore(file);
    const ledger = createCreditLedger(second);
    const registry = createAccountRegistry({ store: second, ledger });
    expect(await registry.listAccounts()).toEqual([created]);
    expect(await ledger.balance(created.id)).toBe(5);
    await second.close();
  });
});
