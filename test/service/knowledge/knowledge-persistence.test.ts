import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sqliteKeyValueStore } from '../../../src/store/sqlite-key-value-store.ts';
import { xlsxDocument } from '../../fixtures/documents/xlsx-document.ts';
import { startService, tempDataDir } from '../service-fixture.ts';

const temp = tempDataDir('knowledge-persistence');
afterAll(() => temp.cleanup());

describe('the knowledge base survives a restart', () => {
  it('a new process on the same SQLite file searches what the previous one indexed, and sees its deletions', async () => {
    const file = join(temp.dir, 'store.sqlite');
    const first = await startService(temp.dir, { store: sqliteKeyValueStore(file) });
    const { api, apiKey } = await first.account();
    const xlsx = await xlsxDocument([{ name: 'Stores', rows: [['City', 'Opening'], ['Reykjavik', '2025-06-01'], ['Tallinn', '2025-09-15']] }]);
    const kept = await api.uploadKnowledgeFile({ file: new File([xlsx], 'stores.xlsx') });
    const dropped = await api.uploadKnowledgeFile({ file: new File(['The Ostrava outlet closes in March.'], 'outlet.txt') });
    expect([kept.status, dropped.status]).toEqual(['indexed', 'indexed']);
    // Searched once, so the first process holds an index in memory that the second must not need.
    expect((await api.searchKnowledge({ q: 'Reykjavik' })).passages).toHaveLength(1);
    await first.service.close();

    const second = await startService(temp.dir, { store: sqliteKeyValueStore(file) });
    try {
      const caller = await second.service.authenticate({ apiKey });
      const again = second.service.forAccount(caller!);
      const { passages } = await again.searchKnowledge({ q: 'Reykjavik opening' });
      expect(passages[0]).toMatchObject({ text: expect.stringContaining('Sheet Stores — City: Reykjavik; Opening: 2025-06-01.'), source: { id: kept.id, filename: 'stores.xlsx' } });
      expect((await again.listKnowledgeSources()).sources.map((source) => [source.id, source.status])).toEqual([
        [dropped.id, 'indexed'],
        [kept.id, 'indexed'],
      ]);
      await again.deleteKnowledgeSource({ sourceId: dropped.id });
      expect((await again.searchKnowledge({ q: 'Ostrava' })).passages).toEqual([]);
    } finally {
      await second.service.close();
    }
  });
});
