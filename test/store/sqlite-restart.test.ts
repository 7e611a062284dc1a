import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKeyValueStore, storeFileName } from '../../src/store/create-key-value-store.ts';
import { sqliteKeyValueStore } from '../../src/store/sqlite-key-value-store.ts';
import { testDir } from '../fixtures/temp-dir.ts';

const root = testDir('sqlite-restart');

describe('SQLite store across restarts and processes', () => {
  it('creates its folder and keeps everything for the next instance on the file', async () => {
    const file = join(root, 'nested', 'folder', 'store.sqlite');
    const first = sqliteKeyValueStore(file);
    await first.set('account:1', { name: 'Acme' });
    await first.set('account:2', { name: 'Beta' });
    await first.delete('account:2');
    await first.add('claim', 'first');
    await first.close();

    const second = sqliteKeyValueStore(file);
    expect(await second.get('account:1')).toEqual({ name: 'Acme' });
    expect(await second.get('account:2')).toBeUndefined();
    expect(await second.add('claim', 'second')).toBe(false);
    await second.close();
  });

  it('sees writes of another open instance at once (the admin CLI beside the server)', async () => {
    const file = join(root, 'shared.sqlite');
    const server = sqliteKeyValueStore(file);
    const admin = sqliteKeyValueStore(file);
    await admin.set('account:9', { plan: 'agency' });
    expect(await server.get('account:9')).toEqual({ plan: 'agency' });
    const claims = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? server : admin).add('tx:1', i)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    await Promise.all([server.close(), admin.close()]);
  });

  it('stores plain JSON in the file named by the configuration', async () => {
    const store = createKeyValueStore({ dataDir: join(root, 'data') });
    await store.set('visible', { hello: 'world' });
    await store.close();
    const bytes = await readFile(join(root, 'data', storeFileName));
    expect(bytes.subarray(0, 15).toString()).toBe('SQLite format 3');
    expect(bytes.toString('latin1')).toContain('{"value":{"hello":"world"}}');
  });

  it('uses memory when the configuration says so', async () => {
    const store = createKeyValueStore({ dataDir: join(root, 'unused'), store: 'memory' });
    await store.set('k', 1);
    await store.close();
    await expect(readFile(join(root, 'unused', storeFileName))).rejects.toThrow(/ENOENT/);
  });

  it('reports an unusable file on first use, not as a crash', async () => {
    const notAFolder = join(root, 'plain-file');
    await writeFile(notAFolder, 'not a folder');
    const store = sqliteKeyValueStore(join(notAFolder, 'store.sqlite'));
    await expect(store.get('k')).rejects.toThrow(/EEXIST|ENOTDIR/);
    const notADatabase = join(root, 'text.sqlite');
    await writeFile(notADatabase, 'a text file, certainly not a database. '.repeat(40));
    const wrong = sqliteKeyValueStore(notADatabase);
    await expect(wrong.set('k', 1)).rejects.toThrow(/not a database/);
    await expect(Promise.all([store.close(), wrong.close()])).resolves.toBeDefined();
  });
});
