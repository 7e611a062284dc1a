import { describe, expect, it } from 'vitest';
import type { CinematicAds } from '../../../src/contract/interface.ts';
import { csvDocument, oneLineCsv } from '../../fixtures/documents/csv-document.ts';
import { docxDocument } from '../../fixtures/documents/docx-document.ts';
import { corruptPdf, passwordProtectedPdf, pdfDocument } from '../../fixtures/documents/pdf-document.ts';
import { binaryBytes, txtDocument } from '../../fixtures/documents/txt-document.ts';
import { xlsxDocument } from '../../fixtures/documents/xlsx-document.ts';
import { lyingBombDocx, ratioBombDocx } from '../../fixtures/documents/zip-bombs.ts';
import { serviceForFile } from '../service-fixture.ts';

const fixture = serviceForFile('knowledge-sources');

const upload = (api: CinematicAds, bytes: Uint8Array, name: string, type = '') => api.uploadKnowledgeFile({ file: new File([bytes], name, { type }) });

describe('knowledge sources through the service', () => {
  it('ingests a real file of each type, and search finds each by a fact only it holds', async () => {
    const { api } = await fixture.account();
    const files: Array<[Uint8Array, string, string, string]> = [
      [await pdfDocument([['Our flagship store opens in Valparaiso on 3 May.']]), 'launch.pdf', 'application/pdf', 'Valparaiso'],
      [await docxDocument(['Every Aurora kettle is hand-glazed by Mabel Ferncastle.']), 'book.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Ferncastle'],
      [await xlsxDocument([{ name: 'Prices', rows: [['Product', 'Price'], ['Quillfeather pen', 42]] }]), 'prices.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Quillfeather'],
      [csvDocument([['Warehouse', 'City'], ['North', 'Trondheim']]), 'stock.csv', 'text/csv', 'Trondheim'],
      [txtDocument(['Our founder, Odalys Brennan, started the company in a garage.']), 'story.txt', 'text/plain', 'Brennan'],
    ];
    for (const [bytes, name, contentType, fact] of files) {
      const source = await upload(api, bytes, name);
      expect(source, name).toMatchObject({ kind: 'file', filename: name, title: name, contentType, bytes: bytes.byteLength, status: 'indexed', passages: 1 });
      const { passages } = await api.searchKnowledge({ q: fact, limit: 5 });
      expect(passages, name).toHaveLength(1);
      expect(passages[0]).toMatchObject({ text: expect.stringContaining(fact), source: { id: source.id, kind: 'file', filename: name } });
      expect(passages[0]!.score).toBeGreaterThan(0);
      expect(passages[0]!.score).toBeLessThanOrEqual(1);
    }
    const spreadsheetHit = await api.searchKnowledge({ q: 'Quillfeather price' });
    expect(spreadsheetHit.passages[0]?.text).toBe('Sheet Prices — Product: Quillfeather pen; Price: 42.');
    const { sources } = await api.listKnowledgeSources();
    expect(sources.map((source) => source.filename)).toEqual(['story.txt', 'stock.csv', 'prices.xlsx', 'book.docx', 'launch.pdf']);
  });

  it('ranks passages from several sources best first, and honours the limit', async () => {
    const { api } = await fixture.account();
    await upload(api, txtDocument(['Linen shirts are woven in Porto. Our linen shirts never shrink.']), 'shirts.txt');
    await upload(api, txtDocument(['Wool coats are cut in Leeds.']), 'coats.txt');
    await upload(api, txtDocument(['Linen trousers ship in two days.']), 'trousers.txt');
    const { query, passages } = await api.searchKnowledge({ q: 'linen shirts' });
    expect(query).toBe('linen shirts');
    expect(passages.map((passage) => passage.source.filename)).toEqual(['shirts.txt', 'trousers.txt']);
    expect(passages[0]!.score).toBeGreaterThan(passages[1]!.score);
    expect((await api.searchKnowledge({ q: 'linen shirts', limit: 1 })).passages).toHaveLength(1);
  });

  it('deletes a source and its passages; another account gets 404 for it', async () => {
    const owner = await fixture.account();
    const stranger = await fixture.account();
    const source = await upload(owner.api, txtDocument(['The Halvorsen lamp uses 4 watts.']), 'lamp.txt');
    await expect(stranger.api.deleteKnowledgeSource({ sourceId: source.id })).rejects.toMatchObject({ code: 'not_found', status: 404 });
    expect((await stranger.api.searchKnowledge({ q: 'Halvorsen' })).passages).toEqual([]);
    expect((await owner.api.searchKnowledge({ q: 'Halvorsen' })).passages).toHaveLength(1);

    expect(await owner.api.deleteKnowledgeSource({ sourceId: source.id })).toEqual({ id: source.id, deleted: true });
    expect((await owner.api.searchKnowledge({ q: 'Halvorsen' })).passages).toEqual([]);
    expect((await owner.api.listKnowledgeSources()).sources).toEqual([]);
    await expect(owner.api.deleteKnowledgeSource({ sourceId: source.id })).rejects.toMatchObject({ code: 'not_found' });
    expect(await fixture.store.get(`knowledge-passages:${owner.caller.account.id}:${source.id}`)).toBeUndefined();
  });

  it('refuses with 400, creating nothing, what is not a document of the five types', async () => {
    const { api } = await fixture.account();
    await expect(upload(api, binaryBytes(), 'notes.txt', 'text/plain')).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/^The document is binary data, not text/) });
    await expect(upload(api, await ratioBombDocx(32 * 1024 * 1024), 'bomb.docx')).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/^The document was refused as a likely zip bomb/),
    });
    expect((await api.listKnowledgeSources()).sources).toEqual([]);
  });

  it('ends hostile documents the parsers reject as failed sources with the reason', async () => {
    const { api } = await fixture.account();
    const cases: Array<[Uint8Array, string, RegExp]> = [
      [corruptPdf(), 'broken.pdf', /^The PDF is damaged or not a PDF/],
      [await passwordProtectedPdf(), 'locked.pdf', /^The PDF is password-protected/],
      [lyingBombDocx(32 * 1024 * 1024), 'liar.docx', /unpacks to more than the 1 KB its directory declares$/],
      [oneLineCsv(2 * 1024 * 1024), 'export.csv', /^Line 1 of the CSV is 2 MB long/],
      [await pdfDocument([[]]), 'scan.pdf', /^The PDF has no text layer/],
    ];
    for (const [bytes, name, reason] of cases) {
      const source = await upload(api, bytes, name);
      expect(source, name).toMatchObject({ status: 'failed', passages: 0, error: expect.stringMatching(reason) });
    }
    const { sources } = await api.listKnowledgeSources();
    expect(sources.every((source) => source.status === 'failed')).toBe(true);
    expect((await api.searchKnowledge({ q: 'price list' })).passages).toEqual([]);
  });
});
