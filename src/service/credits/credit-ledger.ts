import { CinematicAdsError, insufficientCredits } from '../../contract/errors.ts';
import type { KeyValueStore } from '../../store/key-value-store.ts';
import type { CreditEntry, CreditLedger } from '../service-ports.ts';
import { type AccountLock, createAccountMutex } from './account-lock.ts';
import { type BalanceCheck, checkJournal } from './balance-check.ts';
import { requireCreditAmount, requireRef } from './credit-amount.ts';
import { createCreditJournal } from './credit-journal.ts';
import { buildTransaction, type EntryDraft, type JournalHead } from './credit-transaction.ts';

export interface CreditLedgerOptions {
  /** Default: the in-process mutex. Several processes on one store want a shared (Redis) lock here. */
  lock?: AccountLock;
  now?: () => Date;
  /**
   * How long `balance` may answer from the head this process last saw instead of reading the
   * store (0, the default, always reads). Writes by this process refresh it at once; another
   * process's (an operator's grant) shows within this window. Debits never use it: they decide
   * under the lock on the journal itself.
   */
  balanceCacheMs?: number;
}

/** The ledger, plus an audit that recomputes the balance from the journal. */
export interface AuditedCreditLedger extends CreditLedger {
  verifyBalance(accountId: string): Promise<BalanceCheck>;
}

/** How often a writer that keeps losing the race for the next journal number tries again. */
const maxAttempts = 20;
/** Heads remembered for `balance`; past this the memory is simply dropped and refilled. */
const maxSeenHeads = 10_000;

export function createCreditLedger(store: KeyValueStore, options: CreditLedgerOptions = {}): AuditedCreditLedger {
  const journal = createCreditJournal(store);
  const lock = options.lock ?? createAccountMutex();
  const now = options.now ?? (() => new Date());
  const balanceCacheMs = options.balanceCacheMs ?? 0;
  const seenHeads = new Map<string, { head: JournalHead; at: number }>();
  const remember = (accountId: string, head: JournalHead) => {
    if (balanceCacheMs <= 0) return;
    // A read that started before a write must not put the older head back.
    const seen = seenHeads.get(accountId);
    if (seen && seen.head.seq > head.seq) return;
    if (seenHeads.size >= maxSeenHeads) seenHeads.clear();
    seenHeads.set(accountId, { head, at: now().getTime() });
  };

  /** Decides on the current head and appends the result as one transaction; nothing is written when `decide` drafts nothing. */
  function transact(accountId: string, decide: (head: JournalHead) => Promise<EntryDraft[]>): Promise<CreditEntry[]> {
    return lock.run(accountId, async () => {
      for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
        const head = await journal.catchUp(accountId);
        const drafts = await decide(head);
        if (drafts.length === 0) return [];
        const transaction = buildTransaction(accountId, head, drafts, now());
        if (await journal.append(accountId, transaction)) {
          remember(accountId, { seq: transaction.seq, balance: transaction.balance });
          return transaction.entries;
        }
      }
      throw new CinematicAdsError('unavailable', 'The credit ledger is too busy right now; try again in a moment');
    });
  }

  return {
    async balance(accountId) {
      const seen = seenHeads.get(accountId);
      if (seen && now().getTime() - seen.at < balanceCacheMs) return seen.head.balance;
      const head = await journal.head(accountId);
      remember(accountId, head);
      return head.balance;
    },

    async debit(accountId, items) {
      items.forEach((item) => {
        requireCreditAmount(item.amount, 'A debit');
        requireRef(item.ref, 'A debit ref');
      });
      const refs = new Set(items.map((item) => item.ref));
      if (refs.size !== items.length) throw new CinematicAdsError('invalid_request', 'A debit names the same ref twice');
      const required = items.reduce((sum, item) => sum + item.amount, 0);
      return transact(accountId, async (head) => {
        if (required > head.balance) throw insufficientCredits(required, head.balance);
        for (const item of items) {
          if (await journal.debitOf(accountId, item.ref)) {
            throw new CinematicAdsError('conflict', `Credits for "${item.ref}" were already debited`);
          }
        }
        return items.map((item) => ({ delta: -item.amount, kind: 'debit', ref: item.ref }));
      });
    },

    async refund(accountId, ref, amount, note) {
      requireRef(ref, 'A refund ref');
      if (amount === 0) return 0;
      requireCreditAmount(amount, 'A refund');
      const entries = await transact(accountId, async () => {
        const [debited, refunded] = await Promise.all([journal.debitOf(accountId, ref), journal.refundOf(accountId, ref)]);
        // Exactly once per ref, and never more than that ref cost.
        if (!debited || refunded) return [];
        return [{ delta: Math.min(amount, debited.amount), kind: 'refund', ref, note }];
      });
      return entries[0]?.delta ?? 0;
    },

    async grant(accountId, amount, note) {
      requireCreditAmount(amount, 'A grant');
      const [entry] = await transact(accountId, async () => [{ delta: amount, kind: 'grant', ref: note || 'grant', note }]);
      if (!entry) throw new CinematicAdsError('internal', 'A grant wrote no journal entry');
      return entry;
    },

    /** Oldest first; `from` and `to` are both inclusive. */
    async entries(accountId, range = {}) {
      const from = range.from?.getTime() ?? -Infinity;
      const to = range.to?.getTime() ?? Infinity;
      return (await journal.transactions(accountId))
        .flatMap((transaction) => transaction.entries)
        .filter((entry) => {
          const at = Date.parse(entry.at);
          return at >= from && at <= to;
        });
    },

    verifyBalance(accountId) {
      // Under the lock, so the journal and the head are read at one point of the account's history.
      return lock.run(accountId, async () => checkJournal(await journal.transactions(accountId), (await journal.head(accountId)).balance));
    },
  };
}
