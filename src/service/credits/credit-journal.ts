import type { KeyValueStore } from '../../store/key-value-store.ts';
import { creditKeys } from './credit-keys.ts';
import type { CreditTransaction, JournalHead } from './credit-transaction.ts';

/** What a ref was debited or refunded, and in which transaction. */
export interface RefRecord {
  seq: number;
  amount: number;
}

/**
 * The append-only journal in the store. A transaction is claimed with `add` at the next number,
 * which no other writer (in this process or another) can take too; only then are the caches —
 * head, per-ref debit and refund records — written. Those writes are derived from the
 * transaction and idempotent, so a crash between the two steps is repaired by `catchUp`, which
 * replays every transaction past the head. The journal is the truth; the head is a shortcut.
 */
export interface CreditJournal {
  /** The committed state without writing anything (transactions past the head folded in). */
  head(accountId: string): Promise<JournalHead>;
  /** Applies transactions past the head, then returns it; call under the account lock before deciding. */
  catchUp(accountId: string): Promise<JournalHead>;
  /** Appends and applies; false when another writer took that number first (catch up and decide again). */
  append(accountId: string, transaction: CreditTransaction): Promise<boolean>;
  debitOf(accountId: string, ref: string): Promise<RefRecord | undefined>;
  refundOf(accountId: string, ref: string): Promise<RefRecord | undefined>;
  /** Every transaction, in journal order. */
  transactions(accountId: string): Promise<CreditTransaction[]>;
}

export function createCreditJournal(store: KeyValueStore): CreditJournal {
  const storedHead = async (accountId: string) => (await store.get<JournalHead>(creditKeys.head(accountId))) ?? { seq: 0, balance: 0 };
  const next = (accountId: string, head: JournalHead) => store.get<CreditTransaction>(creditKeys.transaction(accountId, head.seq + 1));

  async function apply(accountId: string, transaction: CreditTransaction): Promise<void> {
    for (const entry of transaction.entries) {
      const record: RefRecord = { seq: transaction.seq, amount: Math.abs(entry.delta) };
      if (entry.kind === 'debit') await store.set(creditKeys.debit(accountId, entry.ref), record);
      if (entry.kind === 'refund') await store.set(creditKeys.refund(accountId, entry.ref), record);
    }
    await store.set(creditKeys.head(accountId), { seq: transaction.seq, balance: transaction.balance } satisfies JournalHead);
  }

  return {
    async head(accountId) {
      let head = await storedHead(accountId);
      for (let pending = await next(accountId, head); pending; pending = await next(accountId, head)) {
        head = { seq: pending.seq, balance: pending.balance };
      }
      return head;
    },
    async catchUp(accountId) {
      let head = await storedHead(accountId);
      for (let pending = await next(accountId, head); pending; pending = await next(accountId, head)) {
        await apply(accountId, pending);
        head = { seq: pending.seq, balance: pending.balance };
      }
      return head;
    },
    async append(accountId, transaction) {
      if (!(await store.add(creditKeys.transaction(accountId, transaction.seq), transaction))) return false;
      await apply(accountId, transaction);
      return true;
    },
    debitOf: (accountId, ref) => store.get<RefRecord>(creditKeys.debit(accountId, ref)),
    refundOf: (accountId, ref) => store.get<RefRecord>(creditKeys.refund(accountId, ref)),
    async transactions(accountId) {
      const all: CreditTransaction[] = [];
      for await (const [, transaction] of store.entries<CreditTransaction>(creditKeys.transactions(accountId))) all.push(transaction);
      return all.sort((a, b) => a.seq - b.seq);
    },
  };
}
