import { afterAll, describe, expect, it } from 'vitest';
import type { KeyValueStore } from '../../src/store/key-value-store.ts';
import { memoryKeyValueStore } from '../../src/store/memory-key-value-store.ts';
import { startService, tempDataDir } from './service-fixture.ts';

const temp = tempDataDir('launch-interrupted');
afterAll(() => temp.cleanup());

/** The store as a process sees it that stops for good the moment it starts writing job records. */
function stopsAtJobWrites(inner: KeyValueStore): { store: KeyValueStore; stopped: Promise<void> } {
  let stop!: () => void;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  const never = new Promise<never>(() => {});
  const store: KeyValueStore = {
    get: (key) => inner.get(key),
    set: (key, value, options) => (key.startsWith('active-job:') ? (stop(), never) : inner.set(key, value, options)),
    add: (key, value, options) => inner.add(key, value, options),
    delete: (key) => inner.delete(key),
    entries: (prefix) => inner.entries(prefix),
    close: async () => {},
  };
  return { store, stopped };
}

describe('a launch cut off between its debit and its job record', () => {
  it('is refunded on the next start, once, and leaves no trace', async () => {
    const shared = memoryKeyValueStore();
    const crashing = stopsAtJobWrites(shared);
    const first = await startService(temp.dir, { store: crashing.store });
    const { api, caller } = await first.account({ credits: 5 });
    void api.launchWorkflow({ type: 'cinematic', concept: 'A lamp that wakes you with sunrise', quality: 'premium' });
    await crashing.stopped; // paid for, never stored: the process is gone from here on
    expect(await first.service.ledger.balance(caller.account.id)).toBe(3);

    const second = await startService(temp.dir, { store: shared });
    try {
      const refunds = (await second.service.ledger.entries(caller.account.id)).filter((entry) => entry.kind === 'refund');
      expect(refunds).toEqual([expect.objectContaining({ delta: 2, note: expect.stringContaining('interrupted before its job was stored') })]);
      expect(await second.service.ledger.balance(caller.account.id)).toBe(5);
      expect((await second.service.ledger.verifyBalance(caller.account.id)).ok).toBe(true);
      const left: string[] = [];
      for await (const [key] of shared.entries('launch-intent:')) left.push(key);
      expect(left).toEqual([]);
    } finally {
      await second.service.close();
    }

    // A third start finds nothing more to refund.
    const third = await startService(temp.dir, { store: shared });
    expect((await third.service.ledger.entries(caller.account.id)).filter((entry) => entry.kind === 'refund')).toHaveLength(1);
    await third.service.close();
  });

  it('a refused launch leaves no reservation behind', async () => {
    const store = memoryKeyValueStore();
    const fixture = await startService(temp.dir, { store });
    try {
      const { api } = await fixture.account({ credits: 0 });
      await expect(api.launchWorkflow({ type: 'cinematic', concept: 'A lamp' })).rejects.toMatchObject({ status: 402 });
      const left: string[] = [];
      for await (const [key] of store.entries('launch-intent:')) left.push(key);
      expect(left).toEqual([]);
    } finally {
      await fixture.service.close();
    }
  });
});
