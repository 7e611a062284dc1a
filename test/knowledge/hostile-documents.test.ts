import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sniffDocument } from '../../src/knowledge/document-type.ts';
import { extractDocument } from '../../src/knowledge/extract-document.ts';
import { withTimeLimit } from '../../src/knowledge/time-limit.ts';
import { oneLineCsv } from '../fixtures/documents/csv-document.ts';
import { docxDocument, docxParts } from '../fixtures/documents/docx-document.ts';
import { corruptPdf, passwordProtectedPdf } from '../fixtures/documents/pdf-document.ts';
import { lyingBombDocx, ratioBombDocx, rawZip } from '../fixtures/documents/zip-bombs.ts';

/** Sniffs then extracts, as an upload does; resolves with the refusal's message. */
async function refusalOf(bytes: Uint8Array, filename: string): Promise<string> {
  try {
    await extractDocument(bytes, sniffDocument(bytes, { filename }));
  } catch (error) {
    expect(error).toMatchObject({ code: 'invalid_request', status: 400 });
    return (error as Error).message;
  }
  throw new Error(`${filename} was read without complaint`);
}

describe('hostile documents end with a clear reason, never a crash', () => {
  it('a corrupt PDF', async () => {
    expect(await refusalOf(corruptPdf(), 'broken.pdf')).toBe('The PDF is damaged or not a PDF: its structure could not be read');
  });

  it('a password-protected PDF', async () => {
    expect(await refusalOf(await passwordProtectedPdf(), 'locked.pdf')).toMatch(/^The PDF is password-protected: remove the password/);
  });

  it('a DOCX zip bomb, refused from its central directory before anything is inflated', async () => {
    const bomb = await ratioBombDocx(64 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(200 * 1024);
    const before = process.memoryUsage().arrayBuffers;
    expect(() => sniffDocument(bomb, { filename: 'bomb.docx' })).toThrow(/^The document was refused as a likely zip bomb: word\/document\.xml unpacks \d+× \(64 MB\)/);
    // Nothing near the 64 MB was allocated to find out.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(8 * 1024 * 1024);
  });

  it('a zip bomb whose directory lies about its sizes, caught while inflating into a counter', async () => {
    const bomb = lyingBombDocx(64 * 1024 * 1024);
    expect(sniffDocument(bomb, { filename: 'bomb.docx' }).kind).toBe('docx');
    expect(await refusalOf(bomb, 'bomb.docx')).toBe('The document was refused as a likely zip bomb: word/document.xml unpacks to more than the 1 KB its directory declares');
  });

  it('a DOCX with more text markup than the Word parser can hold in bounded memory', async () => {
    const paragraphs = Array.from({ length: 100_000 }, (_, i) => `Paragraph ${i} says something about the product, its material and its price.`);
    const docx = await docxDocument(paragraphs);
    expect(docx.length).toBeLessThan(1024 * 1024);
    expect(() => sniffDocument(docx, { filename: 'long.docx' })).toThrow(
      /^The Word document holds 1\d\.\d MB of text markup, more than the 6 MB the knowledge base reads from one DOCX: split it into smaller files$/,
    );
  });

  it('a ZIP that hides an entry outside its directory from the checks', async () => {
    const parts = Object.entries(docxParts('<w:document/>')).map(([name, content]) => {
      const data = deflateRawSync(Buffer.from(content));
      return { name, data, declaredSize: Buffer.byteLength(content) };
    });
    const hidden = { name: 'xl/worksheets/sheet1.xml', data: deflateRawSync(Buffer.alloc(1024)), declaredSize: 1024, listed: false };
    expect(await refusalOf(rawZip([...parts, hidden]), 'sneaky.docx')).toBe(
      'The document is not a readable DOCX or XLSX: its ZIP holds data its directory does not list',
    );
  });

  it('a CSV of one enormous line', async () => {
    expect(await refusalOf(oneLineCsv(3 * 1024 * 1024), 'export.csv')).toBe(
      'Line 1 of the CSV is 3 MB long, more than the 256 KB a table row may be: this is not a readable CSV table',
    );
  });

  it('a parser that never finishes is stopped by the time limit', async () => {
    let sawAbort = false;
    const hang = (signal: AbortSignal) =>
      new Promise<never>(() => {
        signal.addEventListener('abort', () => (sawAbort = true));
      });
    await expect(withTimeLimit(hang, 50, () => new Error('Reading took longer than 0.05 s'))).rejects.toThrow('Reading took longer than 0.05 s');
    expect(sawAbort).toBe(true);
  });
});
