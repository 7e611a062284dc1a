import { afterEach, describe, expect, it } from 'vitest';
import type { KeyValueStore } from '../../src/store/key-value-store.ts';
import { storeKinds } from './store-kinds.ts';

async function collect<T>(store: KeyValueStore, prefix: string): Promise<Record<string, T>> {
  const found: Record<string, T> = {};
  for await (const [key, value] of store.entries<T>(prefix)) found[key] = value;
  return found;
}

describe.each(storeKinds('kv'))('$name key-value store', (kind) => {
  let store: KeyValueStore;
  afterEach(async () => store.close());

  it('keeps JSON values by key and deletes them', async () => {
    store = kind.open();
    await store.set('account:1', { name: 'Acme', tags: ['a', ':colon'], n: 1.5, none: null });
    expect(await store.get('account:1')).toEqual({ name: 'Acme', tags: ['a', ':colon'], n: 1.5, none: null });
    expect(await store.get('account:2')).toBeUndefined();
    expect(await store.delete('account:1')).toBe(true);
    expect(await store.delete('account:1')).toBe(false);
    expect(await store.get('account:1')).toBeUndefined();
  });

  it('hands out copies, never the stored object itself', async () => {
    store = kind.open();
    const value = { list: [1] };
    await store.set('k', value);
    value.list.push(2);
    const read = await store.get<{ list: number[] }>('k');
    read?.list.push(3);
    expect(await store.get('k')).toEqual({ list: [1] });
  });

  it('lists exactly the keys under a prefix, treating "_" and "%" as plain characters', async () => {
    store = kind.open();
    for (const key of ['a:1', 'a:2', 'a_3', 'a%4', 'a:', 'b:1', 'A:5']) await store.set(key, key);
    expect(Object.keys(await collect(store, 'a:')).sort()).toEqual(['a:', 'a:1', 'a:2']);
    expect(Object.keys(await collect(store, 'a_')).sort()).toEqual(['a_3']);
    expect(Object.keys(await collect(store, '')).length).toBe(7);
  });

  it('lists more entries than one page holds', async () => {
    store = kind.open();
    await Promise.all(Array.from({ length: 1234 }, (_, i) => store.set(`many:${String(i).padStart(4, '0')}`, i)));
    await store.set('manz', 'outside');
    const found = await collect<number>(store, 'many:');
    expect(Object.keys(found)).toHaveLength(1234);
    expect(found['many:1233']).toBe(1233);
  });

  it('adds only when the key is absent, once however many try at the same time', async () => {
    store = kind.open();
    const wins = await Promise.all(Array.from({ length: 50 }, (_, i) => store.add('claim', i)));
    expect(wins.filter(Boolean)).toHaveLength(1);
    expect(await store.get('claim')).toBe(wins.indexOf(true));
    expect(await store.add('claim', 'again')).toBe(false);
  });

  it('forgets entries after their time to live, for get, add and listing', async () => {
    store = kind.open();
    await store.set('ttl:short', 1, { ttlMs: 30 });
    await store.add('ttl:added', 2, { ttlMs: 30 });
    await store.set('ttl:long', 3, { ttlMs: 60_000 });
    expect(await store.get('ttl:short')).toBe(1);
    await new Promise((done) => setTimeout(done, 60));
    expect(await store.get('ttl:short')).toBeUndefined();
    expect(await collect(store, 'ttl:')).toEqual({ 'ttl:long': 3 });
    expect(await store.add('ttl:added', 'fresh')).toBe(true);
    expect(await store.get('ttl:added')).toBe('fresh');
  });

  it('applies concurrent writes to one key in call order, so the last call wins', async () => {
    store = kind.open();
    await Promise.all(Array.from({ length: 200 }, (_, i) => store.set('race', i)));
    expect(await store.get('race')).toBe(199);
    const mixed = [store.set('mixed', 'first'), store.delete('mixed'), store.set('mixed', 'last')];
    await Promise.all(mixed);
    expect(await store.get('mixed')).toBe('last');
  });
});
