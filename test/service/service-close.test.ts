import { afterAll, describe, expect, it } from 'vitest';
import type { KeyValueStore } from '../../src/store/key-value-store.ts';
import { memoryKeyValueStore } from '../../src/store/memory-key-value-store.ts';
import { startService, tempDataDir } from './service-fixture.ts';

const data = tempDataDir('close');
afterAll(() => data.cleanup());

/** A memory store whose reads wait until released: a call can be caught mid-way. */
function slowStore(): { store: KeyValueStore; release: () => void; held: Promise<void> } {
  const inner = memoryKeyValueStore();
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let holding!: () => void;
  const held = new Promise<void>((resolve) => (holding = resolve));
  let armed = false;
  const store: KeyValueStore = {
    get: async (key) => {
      if (armed) {
        holding();
        await gate;
      }
      return inner.get(key);
    },
    set: (key, value, options) => inner.set(key, value, options),
    add: (key, value, options) => inner.add(key, value, options),
    delete: (key) => inner.delete(key),
    async *entries(prefix) {
      if (armed) {
        holding();
        await gate;
      }
      yield* inner.entries(prefix);
    },
    close: () => inner.close(),
  };
  return { store: Object.assign(store, { arm: () => (armed = true) }), release, held };
}

describe('closing the service', () => {
  it('lets a call in progress finish before the store closes, and refuses new calls with a retryable 503', async () => {
    const slow = slowStore();
    const fixture = await startService(data.dir, { store: slow.store });
    const { api } = await fixture.account();
    (slow.store as KeyValueStore & { arm: () => void }).arm();
    const inProgress = api.listProjects();
    await slow.held;
    let closed = false;
    const closing = fixture.service.close().then(() => (closed = true));
    await expect(api.getCredits()).rejects.toMatchObject({ status: 503, code: 'unavailable', retryable: true });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed).toBe(false);
    slow.release();
    // The call ran to its real answer, not to a closed store's error.
    await expect(inProgress).resolves.toEqual({ projects: [] });
    await closing;
  });
});
