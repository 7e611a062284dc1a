import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { apiKeyList, createdApiKey } from '../../../src/contract/schemas/api-keys.ts';
import { createAccountRegistry } from '../../../src/service/accounts/account-registry.ts';
import { createCreditLedger } from '../../../src/service/credits/credit-ledger.ts';
import { sqliteKeyValueStore } from '../../../src/store/sqlite-key-value-store.ts';
import { testDir } from '../../fixtures/temp-dir.ts';

// Watch the constant-time comparison: authentication must go through it.
const crypto = vi.hoisted(() => ({ timingSafeEqual: vi.fn() }));
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>();
  crypto.timingSafeEqual.mockImplementation(actual.timingSafeEqual);
  return { ...actual, timingSafeEqual: crypto.timingSafeEqual };
});

const root = testDir('api-keys');
let folders = 0;

async function setup(now: () => Date = () => new Date()) {
  const dir = join(root, `case-${(folders += 1)}`);
  const store = sqliteKeyValueStore(join(dir, 'store.sqlite'));
  const registry = createAccountRegistry({ store, ledger: createCreditLedger(store), now });
  const alice = await registry.createAccount({ name: 'Alice', plan: 'agency' });
  const bob = await registry.createAccount({ name: 'Bob', plan: 'enterprise' });
  return { dir, store, registry, alice, bob };
}

describe('API keys', () => {
  it('shows a prefixed random key once, then lists it without its secret', async () => {
    const { store, registry, alice } = await setup();
    const created = await registry.createApiKey(alice.id, { name: 'CI pipeline' });
    expect(createdApiKey.parse(created)).toEqual(created);
    expect(created.key).toMatch(/^cak_live_[A-Za-z0-9_-]{48}$/);
    expect(created.key.startsWith(created.prefix)).toBe(true);
    expect(created.id).toBe(`key_${created.key.slice(9, 17)}`);
    const other = await registry.createApiKey(alice.id);
    expect(other.key).not.toBe(created.key);
    expect(other.name).toBe('API key');

    const listed = await registry.listApiKeys(alice.id);
    expect(apiKeyList.parse({ keys: listed }).keys).toEqual(listed);
    expect(listed.map((key) => key.id).sort()).toEqual([created.id, other.id].sort());
    expect(JSON.stringify(listed)).not.toContain(created.key.slice(17));
    expect(listed.every((key) => !('key' in key) && key.lastUsedAt === null)).toBe(true);
    await store.close();
  });

  it('stores only a hash: the key appears nowhere in the store or its files', async () => {
    const { dir, store, registry, alice } = await setup();
    const { key } = await registry.createApiKey(alice.id);
    const secretPart = key.slice(17);
    const everything: string[] = [];
    for await (const entry of store.entries('')) everything.push(JSON.stringify(entry));
    expect(everything.join('\n')).not.toContain(secretPart);
    await store.close();
    for (const file of await readdir(dir)) {
      expect((await readFile(join(dir, file))).toString('latin1')).not.toContain(secretPart);
    }
  });

  it('authenticates with a constant-time comparison, and refuses malformed, unknown and altered keys', async () => {
    const { store, registry, alice } = await setup();
    const { key, id } = await registry.createApiKey(alice.id);
    crypto.timingSafeEqual.mockClear();
    expect(await registry.authenticateApiKey(key)).toEqual({ account: alice, credentialId: id, via: 'api-key' });
    expect(crypto.timingSafeEqual).toHaveBeenCalledTimes(1);

    const altered = `${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`;
    expect(await registry.authenticateApiKey(altered)).toBeNull();
    expect(crypto.timingSafeEqual).toHaveBeenCalledTimes(2);
    for (const bad of ['', 'Bearer x', key.slice(0, -1), `${key}x`, key.replace('cak_live_', 'cak_test_'), `cak_live_${'A'.repeat(48)}`]) {
      expect(await registry.authenticateApiKey(bad)).toBeNull();
    }
    await store.close();
  });

  it('revokes a key for good; another account cannot see or revoke it (404 like a missing one)', async () => {
    const { store, registry, alice, bob } = await setup();
    const { key, id } = await registry.createApiKey(alice.id);
    const bobs = await registry.revokeApiKey(bob.id, id).catch((error: unknown) => error);
    const missing = await registry.revokeApiKey(bob.id, 'key_AAAAAAAA').catch((error: unknown) => error);
    expect(bobs).toMatchObject({ status: 404, code: 'not_found', message: `No API key with id "${id}"` });
    expect(missing).toMatchObject({ status: 404, code: 'not_found', message: 'No API key with id "key_AAAAAAAA"' });
    expect(await registry.listApiKeys(bob.id)).toEqual([]);
    expect(await registry.authenticateApiKey(key)).not.toBeNull();

    expect(await registry.revokeApiKey(alice.id, id)).toEqual({ id, revoked: true });
    expect(await registry.authenticateApiKey(key)).toBeNull();
    expect(await registry.listApiKeys(alice.id)).toEqual([]);
    await expect(registry.revokeApiKey(alice.id, id)).rejects.toMatchObject({ status: 404 });
    await store.close();
  });

  it('records when a key was last used, at most once a minute', async () => {
    let clock = new Date('2025-03-01T10:00:00Z');
    const { store, registry, alice } = await setup(() => clock);
    const { key } = await registry.createApiKey(alice.id);
    await registry.authenticateApiKey(key);
    clock = new Date('2025-03-01T10:00:30Z');
    await registry.authenticateApiKey(key);
    expect((await registry.listApiKeys(alice.id))[0]?.lastUsedAt).toBe('2025-03-01T10:00:00.000Z');
    clock = new Date('2025-03-01T10:01:00Z');
    await registry.authenticateApiKey(key);
    expect((await registry.listApiKeys(alice.id))[0]?.lastUsedAt).toBe('2025-03-01T10:01:00.000Z');
    await store.close();
  });

  it('trusts a recent authentication for a moment; a revoke here is immediate, one by another process shows within the window', async () => {
    let clock = new Date('2025-03-01T10:00:00Z');
    const { store, registry, alice } = await setup(() => clock);
    const operator = createAccountRegistry({ store, ledger: createCreditLedger(store), now: () => clock });
    const first = await registry.createApiKey(alice.id);
    const second = await registry.createApiKey(alice.id);
    const caller = await registry.authenticateApiKey(first.key);
    crypto.timingSafeEqual.mockClear();
    expect(await registry.authenticateApiKey(first.key)).toBe(caller);
    expect(crypto.timingSafeEqual).not.toHaveBeenCalled();

    await operator.revokeApiKey(alice.id, first.id);
    expect(await registry.authenticateApiKey(first.key)).toBe(caller);
    clock = new Date('2025-03-01T10:00:02Z');
    expect(await registry.authenticateApiKey(first.key)).toBeNull();

    expect(await registry.authenticateApiKey(second.key)).not.toBeNull();
    await registry.revokeApiKey(alice.id, second.id);
    expect(await registry.authenticateApiKey(second.key)).toBeNull();
    await store.close();
  });

  it('still authenticates after a restart, and refuses keys for unknown accounts', async () => {
    const { dir, store, registry, alice } = await setup();
    const { key } = await registry.createApiKey(alice.id);
    await expect(registry.createApiKey('acc_nobody')).rejects.toMatchObject({ status: 404 });
    await store.close();
    const reopened = sqliteKeyValueStore(join(dir, 'store.sqlite'));
    const again = createAccountRegistry({ store: reopened, ledger: createCreditLedger(reopened) });
    expect((await again.authenticateApiKey(key))?.account).toEqual(alice);
    await reopened.close();
  });
});
