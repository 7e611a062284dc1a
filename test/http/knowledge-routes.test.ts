import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvDocument } from '../fixtures/documents/csv-document.ts';
import { docxDocument } from '../fixtures/documents/docx-document.ts';
import { pdfDocument } from '../fixtures/documents/pdf-document.ts';
import { binaryBytes, txtDocument } from '../fixtures/documents/txt-document.ts';
import { xlsxDocument } from '../fixtures/documents/xlsx-document.ts';
import { createHttpFixture, type HttpFixture, jsonOf } from './http-fixture.ts';

let fixture: HttpFixture;
beforeAll(async () => {
  fixture = await createHttpFixture();
});
afterAll(() => fixture.close());

async function newAuth(): Promise<Record<string, string>> {
  return { Authorization: `Bearer ${(await fixture.newAccount()).apiKey}` };
}

function uploadForm(bytes: Uint8Array, name: string, type = ''): FormData {
  const form = new FormData();
  form.set('file', new File([bytes], name, { type }));
  return form;
}

const upload = (auth: Record<string, string>, bytes: Uint8Array, name: string, type = '') =>
  fixture.app.request('/api/user/brand/knowledge/files', { method: 'POST', headers: auth, body: uploadForm(bytes, name, type) });
const search = async (auth: Record<string, string>, q: string) =>
  (await jsonOf(await fixture.app.request(`/api/user/brand/knowledge/search?q=${encodeURIComponent(q)}`, { headers: auth }))).data;

describe('knowledge routes', () => {
  it('upload each type as multipart, then find each by a fact only it holds', async () => {
    const auth = await newAuth();
    const files: Array<[Uint8Array, string, string, string]> = [
      [await pdfDocument([['Tidewater boots are resoled for free.']]), 'boots.pdf', 'application/pdf', 'resoled'],
      [await docxDocument(['The Marigold jacket packs into its own pocket.']), 'jacket.docx', '', 'Marigold'],
      [await xlsxDocument([{ name: 'Sizes', rows: [['Model', 'Weight'], ['Kestrel tent', '1.2 kg']] }]), 'tents.xlsx', '', 'Kestrel'],
      [csvDocument([['Store', 'Phone'], ['Galway', '+353 91 000 000']]), 'stores.csv', 'text/csv', 'Galway'],
      [txtDocument(['We plant a tree for every order shipped to Nunavut.']), 'pledge.txt', 'text/plain', 'Nunavut'],
    ];
    for (const [bytes, name, type, fact] of files) {
      const res = await upload(auth, bytes, name, type);
      expect(res.status, name).toBe(200);
      const { data } = await jsonOf(res);
      expect(data, name).toMatchObject({ filename: name, status: 'indexed', passages: 1 });
      const found = await search(auth, fact);
      expect(found.passages[0], name).toMatchObject({ text: expect.stringContaining(fact), source: { id: data.id, filename: name } });
    }
    expect((await search(auth, 'Kestrel weight')).passages[0].text).toBe('Sheet Sizes — Model: Kestrel tent; Weight: 1.2 kg.');
    const list = await jsonOf(await fixture.app.request('/api/user/brand/knowledge', { headers: auth }));
    expect(list.data.sources.map((source: { filename: string }) => source.filename)).toEqual(['pledge.txt', 'stores.csv', 'tents.xlsx', 'jacket.docx', 'boots.pdf']);
  });

  it('delete removes a source; another account gets 404 for its id and cannot search it', async () => {
    const owner = await newAuth();
    const stranger = await newAuth();
    const { data } = await jsonOf(await upload(owner, txtDocument(['The Ashgrove mill grinds 40 tonnes a day.']), 'mill.txt'));
    const path = `/api/user/brand/knowledge/${data.id}`;
    const refused = await fixture.app.request(path, { method: 'DELETE', headers: stranger });
    expect(refused.status).toBe(404);
    expect(await jsonOf(refused)).toMatchObject({ success: false, code: 'not_found', error: `Knowledge source ${data.id} not found` });
    expect((await search(stranger, 'Ashgrove')).passages).toEqual([]);

    const deleted = await fixture.app.request(path, { method: 'DELETE', headers: owner });
    expect(deleted.status).toBe(200);
    expect((await jsonOf(deleted)).data).toEqual({ id: data.id, deleted: true });
    expect((await search(owner, 'Ashgrove')).passages).toEqual([]);
    expect((await fixture.app.request(path, { method: 'DELETE', headers: owner })).status).toBe(404);
  });

  it('answers 400 with a sentence for binary data named .txt, a missing query and a bad limit', async () => {
    const auth = await newAuth();
    const binary = await upload(auth, binaryBytes(), 'notes.txt', 'text/plain');
    expect(binary.status).toBe(400);
    expect((await jsonOf(binary)).error).toBe(
      'The document is binary data, not text: upload a PDF, DOCX, XLSX, CSV or TXT file (the type is read from the content, not the name)',
    );
    const noQuery = await fixture.app.request('/api/user/brand/knowledge/search', { headers: auth });
    expect(noQuery.status).toBe(400);
    expect((await jsonOf(noQuery)).error).toBe('Invalid query: q: is required');
    const badLimit = await fixture.app.request('/api/user/brand/knowledge/search?q=x&limit=50', { headers: auth });
    expect((await jsonOf(badLimit)).error).toBe('Invalid query: limit: must be at most 20');
  });

  it('answers a failed source with its reason for a document its parser rejects', async () => {
    const auth = await newAuth();
    const res = await upload(auth, Buffer.from('%PDF-1.7\nnot really a pdf'), 'broken.pdf');
    expect(res.status).toBe(200);
    expect((await jsonOf(res)).data).toMatchObject({ status: 'failed', passages: 0, error: 'The PDF is damaged or not a PDF: its structure could not be read' });
  });
});
