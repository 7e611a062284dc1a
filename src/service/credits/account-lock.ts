import { createKeyMutex } from '../../store/key-mutex.ts';

/**
 * Serialises credit changes per account. The in-process mutex is the default and is all a single
 * process needs. Several processes on one store (API + workers, or several API machines) need a
 * shared lock — a Redis lock behind this same interface — to avoid contention; correctness does
 * not rest on the lock alone, because journal records are claimed with the store's atomic `add`
 * and a writer that loses the race re-reads and decides again (see credit-journal.ts).
 */
export interface AccountLock {
  run<T>(accountId: string, work: () => Promise<T>): Promise<T>;
}

/** The in-process lock: calls for one account run one at a time, in call order. */
export function createAccountMutex(): AccountLock {
  const mutex = createKeyMutex();
  return { run: (accountId, work) => mutex.run(accountId, work) };
}
