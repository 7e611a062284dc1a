import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createAccountRegistry } from '../../src/service/accounts/account-registry.ts';
import { createCreditLedger } from '../../src/service/credits/credit-ledger.ts';
import type { Account } from '../../src/service/service-ports.ts';
import { createKeyValueStore } from '../../src/store/create-key-value-store.ts';
import { testDir } from '../fixtures/temp-dir.ts';

const bin = join(import.meta.dirname, '../../bin/cinematicads.js');
const root = testDir('admin');

/** Runs the real executable on a data folder, as an operator would. */
async function admin(args: string[]) {
  const env = { ...process.env, CINEMATICADS_STORE: '' };
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, 'admin', ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

interface CreatedAccount {
  account: Account & { credits: number };
  apiKey: { id: string; key: string; prefix: string };
}

describe('cinematicads admin', () => {
  const data = join(root, 'data');

  it('creates an account with credits and prints it and its new key once, as JSON', async () => {
    const result = await admin(['create-account', '--name', 'Acme Studio', '--plan', 'agency', '--credits', '100', '--json', '--data', data]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const created = JSON.parse(result.stdout) as CreatedAccount;
    expect(created.account).toMatchObject({ name: 'Acme Studio', plan: 'agency', credits: 100, trialEndsAt: null });
    expect(created.apiKey.key).toMatch(/^cak_live_/);

    // The server, opening the same folder, accepts the key and sees the credits.
    const store = createKeyValueStore({ dataDir: data });
    const ledger = createCreditLedger(store);
    const caller = await createAccountRegistry({ store, ledger }).authenticateApiKey(created.apiKey.key);
    expect(caller?.account.id).toBe(created.account.id);
    expect(await ledger.balance(created.account.id)).toBe(100);
    await store.close();
  });

  it('creates and revokes keys, grants credits and lists accounts on the same folder', async () => {
    const created = JSON.parse(
      (await admin(['create-account', '--name', 'Trial Co', '--plan', 'trial', '--trial-days', '7', '--json', '--data', data])).stdout,
    ) as CreatedAccount;
    const accountId = created.account.id;

    const text = await admin(['create-key', '--account', accountId, '--name', 'CI', '--data', data]);
    expect(text.code).toBe(0);
    const keyId = /API key (key_\S+) for/.exec(text.stdout)?.[1];
    expect(text.stdout).toMatch(/\(shown once, store it now\): cak_live_[A-Za-z0-9_-]{48}\n$/);

    const revoked = await admin(['revoke-key', '--account', accountId, '--key', keyId ?? '', '--json', '--data', data]);
    expect(JSON.parse(revoked.stdout)).toEqual({ id: keyId, revoked: true });

    const granted = await admin(['grant-credits', '--account', accountId, '--amount', '25', '--note', 'Welcome bonus', '--data', data]);
    expect(granted.stdout).toBe(`Granted 25 credits to ${accountId}; balance now 25.\n`);

    const listed = JSON.parse((await admin(['list-accounts', '--json', '--data', data])).stdout) as { accounts: Array<Account & { credits: number }> };
    expect(listed.accounts.find((account) => account.id === accountId)).toMatchObject({ plan: 'trial', credits: 25 });
    const table = await admin(['list-accounts', '--data', data]);
    expect(table.stdout).toContain(`${accountId}  trial`);
    expect(table.stdout).toContain('Trial Co (trial ends');
  });

  it('answers bad input with one sentence and exit code 2', async () => {
    const cases: Array<[string[], string]> = [
      [['create-account', '--name', 'X', '--plan', 'gold', '--data', data], 'error: Invalid account: plan must be one of trial, pro, agency, enterprise'],
      [['create-account', '--plan', 'agency', '--data', data], "error: required option '--name <name>' not specified"],
      [['create-account', '--name', 'X', '--plan', 'agency', '--credits', 'lots', '--data', data], 'error: --credits must be a whole number, not "lots"'],
      [['grant-credits', '--account', 'acc_nobody', '--amount', '5', '--data', data], 'error: No account with id "acc_nobody"'],
      [['revoke-key', '--account', 'acc_nobody', '--key', 'key_AAAAAAAA', '--data', data], 'error: No API key with id "key_AAAAAAAA"'],
      [['frobnicate'], "error: unknown command 'frobnicate'"],
      [[], 'error: admin needs a command: create-account, create-key, revoke-key, grant-credits or list-accounts'],
    ];
    const results = await Promise.all(cases.map(([args]) => admin(args)));
    results.forEach((result, index) => {
      expect(result.stderr.trim()).toBe(cases[index]?.[1]);
      expect(result.code).toBe(2);
    });
  });

  it('says so when the folder has no accounts yet', async () => {
    const empty = join(root, 'empty');
    const result = await admin(['list-accounts', '--data', empty]);
    expect(result.stdout).toBe(`No accounts in ${join(empty, 'store.sqlite')}.\n`);
  });
});
