import { randomBytes } from 'node:crypto';
import type { KeyValueStore } from '../../store/key-value-store.ts';
import type { Account, CreditLedger } from '../service-ports.ts';
import { accountStoreKeys, isAccountId } from './account-store-keys.ts';
import { type NewAccount, parseNewAccount } from './new-account.ts';
import { defaultTrialDays } from './plan-policy.ts';

export interface AccountRecords {
  /** Opens an account; opening credits are a grant in its journal, like any other. */
  createAccount(input: NewAccount): Promise<Account>;
  getAccount(accountId: string): Promise<Account | null>;
  /** Oldest first. */
  listAccounts(): Promise<Account[]>;
}

const dayMs = 24 * 60 * 60 * 1000;

export function createAccountRecords(deps: { store: KeyValueStore; ledger: CreditLedger; now: () => Date }): AccountRecords {
  const { store, ledger, now } = deps;
  return {
    async createAccount(input) {
      const { name, plan, credits, trialDays } = parseNewAccount(input);
      const createdAt = now();
      const account: Account = {
        id: `acc_${randomBytes(9).toString('base64url')}`,
        name,
        plan,
        trialEndsAt: plan === 'trial' ? new Date(createdAt.getTime() + (trialDays ?? defaultTrialDays) * dayMs).toISOString() : null,
        createdAt: createdAt.toISOString(),
      };
      await store.set(accountStoreKeys.account(account.id), account);
      if (credits > 0) await ledger.grant(account.id, credits, 'Opening credits');
      return account;
    },
    async getAccount(accountId) {
      if (!isAccountId(accountId)) return null;
      return (await store.get<Account>(accountStoreKeys.account(accountId))) ?? null;
    },
    async listAccounts() {
      const accounts: Account[] = [];
      for await (const [, account] of store.entries<Account>(accountStoreKeys.accounts)) accounts.push(account);
      return accounts.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    },
  };
}
