import { randomBytes } from 'node:crypto';
import { CinematicAdsError } from '../../contract/errors.ts';
import type { CreditEntry } from '../service-ports.ts';

/**
 * One journal record: the entries of one ledger call (a multi-item debit is one transaction, so it
 * lands whole or not at all), numbered per account, with the balance after its last entry.
 */
export interface CreditTransaction {
  seq: number;
  at: string;
  entries: CreditEntry[];
  balance: number;
}

/** The applied end of an account's journal: the last transaction number and the balance after it. */
export interface JournalHead {
  seq: number;
  balance: number;
}

export type EntryDraft = Pick<CreditEntry, 'delta' | 'kind' | 'ref' | 'note'>;

/** Numbers the drafts after `head`, with the running balance; refuses to go below zero whatever the caller checked. */
export function buildTransaction(accountId: string, head: JournalHead, drafts: readonly EntryDraft[], at: Date): CreditTransaction {
  let balance = head.balance;
  const entries = drafts.map((draft): CreditEntry => {
    balance += draft.delta;
    if (balance < 0) throw new CinematicAdsError('internal', `A credit change would take account ${accountId} below zero`);
    return {
      id: `ce_${randomBytes(9).toString('base64url')}`,
      accountId,
      at: at.toISOString(),
      delta: draft.delta,
      kind: draft.kind,
      ref: draft.ref,
      ...(draft.note === undefined ? {} : { note: draft.note }),
      balance,
    };
  });
  return { seq: head.seq + 1, at: at.toISOString(), entries, balance };
}
