import { resolve } from 'node:path';
import type { Command, CommanderError } from 'commander';
import { loadConfig } from '../config.ts';
import { CinematicAdsError } from '../contract/errors.ts';
import { type AccountRegistry, createAccountRegistry } from '../service/accounts/account-registry.ts';
import { planNames } from '../service/accounts/plan-policy.ts';
import { type AuditedCreditLedger, createCreditLedger } from '../service/credits/credit-ledger.ts';
import type { Account, Plan } from '../service/service-ports.ts';
import { createKeyValueStore, storeFileName } from '../store/create-key-value-store.ts';

interface Shared {
  data?: string;
  json?: boolean;
}

/** What an admin action works with: the registry and ledger over the data folder's store. */
interface AdminContext {
  registry: AccountRegistry;
  ledger: AuditedCreditLedger;
  storeFile: string;
}

/**
 * `cinematicads admin …`: operator commands on the same data folder the server uses (the SQLite
 * store), so accounts, keys and credits can be managed with or without the server running.
 */
export function registerAdminCommand(program: Command): void {
  const admin = program
    .command('admin')
    .description('Manage accounts, API keys and credits in a data folder')
    // Bad flags end like every other bad input: one sentence from cli.ts and exit code 2 (help
    // asked for with --help still goes to stdout; only commander's own error output is silenced).
    .configureOutput({ outputError: () => {}, writeErr: () => {} })
    .exitOverride(refuseBadUsage);

  shared(admin.command('create-account').description('Open an account and print its first API key (shown once)'))
    .requiredOption('--name <name>', 'account name')
    .requiredOption('--plan <plan>', 'trial, pro, agency or enterprise')
    .option('--credits <n>', 'opening credits', '0')
    .option('--trial-days <n>', 'trial length in days (trial plan only; default 14)')
    .action((options: Shared & { name: string; plan: string; credits: string; trialDays?: string }) =>
      withAdmin(options, async ({ registry, ledger, storeFile }) => {
        const account = await registry.createAccount({
          name: options.name,
          plan: options.plan as Plan,
          credits: wholeNumber(options.credits, '--credits'),
          ...(options.trialDays === undefined ? {} : { trialDays: wholeNumber(options.trialDays, '--trial-days') }),
        });
        const apiKey = await registry.createApiKey(account.id, { name: 'Created by admin' });
        const credits = await ledger.balance(account.id);
        if (options.json) return print({ account: { ...account, credits }, apiKey });
        print(`Created account ${account.id} "${account.name}" on the ${planNames[account.plan]} plan with ${credits} credits${trialNote(account)}.`);
        print(`API key ${apiKey.id} (shown once, store it now): ${apiKey.key}`);
        print(`Store: ${storeFile}`);
      }),
    );

  shared(admin.command('create-key').description('Create another API key for an account (shown once)'))
    .requiredOption('--account <id>', 'account id')
    .option('--name <name>', 'label for the key', 'API key')
    .action((options: Shared & { account: string; name: string }) =>
      withAdmin(options, async ({ registry }) => {
        const apiKey = await registry.createApiKey(options.account, { name: options.name });
        if (options.json) return print(apiKey);
        print(`API key ${apiKey.id} for ${options.account} (shown once, store it now): ${apiKey.key}`);
      }),
    );

  shared(admin.command('revoke-key').description('Revoke an API key for good'))
    .requiredOption('--account <id>', 'account id')
    .requiredOption('--key <keyId>', 'key id, e.g. key_AbC123xy (not the secret)')
    .action((options: Shared & { account: string; key: string }) =>
      withAdmin(options, async ({ registry }) => {
        const revoked = await registry.revokeApiKey(options.account, options.key);
        print(options.json ? revoked : `Revoked ${revoked.id} of ${options.account}.`);
      }),
    );

  shared(admin.command('grant-credits').description('Add credits to an account (a grant in its journal)'))
    .requiredOption('--account <id>', 'account id')
    .requiredOption('--amount <n>', 'credits to add')
    .option('--note <text>', 'why, kept in the journal', 'Granted by admin')
    .action((options: Shared & { account: string; amount: string; note: string }) =>
      withAdmin(options, async ({ registry, ledger }) => {
        await requireAccount(registry, options.account);
        const entry = await ledger.grant(options.account, wholeNumber(options.amount, '--amount'), options.note);
        print(options.json ? { entry, balance: entry.balance } : `Granted ${entry.delta} credits to ${options.account}; balance now ${entry.balance}.`);
      }),
    );

  shared(admin.command('list-accounts').description('List accounts with plan and balance'))
    .action((options: Shared) =>
      withAdmin(options, async ({ registry, ledger, storeFile }) => {
        const accounts = await Promise.all(
          (await registry.listAccounts()).map(async (account) => ({ ...account, credits: await ledger.balance(account.id) })),
        );
        if (options.json) return print({ accounts });
        if (accounts.length === 0) return print(`No accounts in ${storeFile}.`);
        for (const account of accounts) {
          print(`${account.id}  ${account.plan.padEnd(10)}  ${String(account.credits).padStart(8)} credits  ${account.name}${trialNote(account)}`);
        }
      }),
    );
}

function shared(command: Command): Command {
  return command
    .option('--data <dir>', 'data folder (default: $CINEMATICADS_DATA or ~/.cinematicads)')
    .option('--json', 'print JSON');
}

async function withAdmin(options: Shared, work: (context: AdminContext) => Promise<void>): Promise<void> {
  const config = loadConfig(process.env, options.data === undefined ? {} : { dataDir: resolve(options.data) });
  if (config.store === 'memory') {
    throw new CinematicAdsError('invalid_request', 'Admin commands work on the SQLite store of a data folder; unset CINEMATICADS_STORE=memory');
  }
  const store = createKeyValueStore(config);
  try {
    const ledger = createCreditLedger(store);
    await work({ registry: createAccountRegistry({ store, ledger }), ledger, storeFile: resolve(config.dataDir, storeFileName) });
  } finally {
    await store.close();
  }
}

async function requireAccount(registry: AccountRegistry, accountId: string): Promise<Account> {
  const account = await registry.getAccount(accountId);
  if (!account) throw new CinematicAdsError('not_found', `No account with id "${accountId}"`);
  return account;
}

function wholeNumber(text: string, flag: string): number {
  if (!/^\d{1,10}$/.test(text.trim())) throw new CinematicAdsError('invalid_request', `${flag} must be a whole number, not "${text}"`);
  return Number(text.trim());
}

function trialNote(account: Account): string {
  return account.trialEndsAt ? ` (trial ends ${account.trialEndsAt.slice(0, 10)})` : '';
}

function print(value: unknown): void {
  process.stdout.write(typeof value === 'string' ? `${value}\n` : `${JSON.stringify(value, null, 2)}\n`);
}

/** Help and version end normally; any other commander complaint becomes our one-sentence 400. */
function refuseBadUsage(error: CommanderError): void {
  if (error.exitCode === 0) return;
  if (error.code === 'commander.help') {
    throw new CinematicAdsError('invalid_request', 'admin needs a command: create-account, create-key, revoke-key, grant-credits or list-accounts');
  }
  throw new CinematicAdsError('invalid_request', error.message.replace(/^error: /, ''));
}
