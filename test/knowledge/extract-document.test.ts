import { describe, expect, it } from 'vitest';
import { chunkPassages } from '../../src/knowledge/chunk-passages.ts';
import { sniffDocument } from '../../src/knowledge/document-type.ts';
import { extractDocument } from '../../src/knowledge/extract-document.ts';
import { csvDocument } from '../fixtures/documents/csv-document.ts';
import { docxDocument } from '../fixtures/documents/docx-document.ts';
import { pdfDocument } from '../fixtures/documents/pdf-document.ts';
import { txtDocument } from '../fixtures/documents/txt-document.ts';
import { xlsxDocument } from '../fixtures/documents/xlsx-document.ts';

const extract = (bytes: Uint8Array, filename: string) => extractDocument(bytes, sniffDocument(bytes, { filename }));

describe('extractDocument, with a real parser per format', () => {
  it('reads a PDF page by page, with its title', async () => {
    const pdf = await pdfDocument(
      [
        ['Our linen shirts are woven in Porto.', 'Every seam is double-stitched.'],
        ['Free repairs for life on every shirt.'],
      ],
      { title: 'Linen Guide' },
    );
    const document = await extract(pdf, 'guide.pdf');
    expect(document.title).toBe('Linen Guide');
    expect(document.blocks.join('\n')).toContain('Our linen shirts are woven in Porto.');
    expect(document.blocks.join('\n')).toContain('Free repairs for life on every shirt.');
  });

  it('reads the paragraphs of a DOCX', async () => {
    const docx = await docxDocument(['Brand book', 'Our kettles whistle in C major & never rust.']);
    expect((await extract(docx, 'book.docx')).blocks).toEqual(['Brand book', 'Our kettles whistle in C major & never rust.']);
  });

  it('keeps the sheet name and the column headers on every spreadsheet row', async () => {
    const xlsx = await xlsxDocument([
      { name: 'Prices', rows: [['Product', 'Price', 'Launched'], ['Kettle', 12, new Date(Date.UTC(2024, 2, 1))], ['Mug', 4.5]] },
      { name: 'Team', rows: [['Name', 'Role'], ['Ana', 'Founder']] },
      { name: 'Numbers', rows: [[1, 2], [3, 4]] },
    ]);
    expect((await extract(xlsx, 'book.xlsx')).blocks).toEqual([
      'Sheet Prices — Product: Kettle; Price: 12; Launched: 2024-03-01.',
      'Sheet Prices — Product: Mug; Price: 4.5.',
      'Sheet Team — Name: Ana; Role: Founder.',
      'Sheet Numbers — 1; 2.',
      'Sheet Numbers — 3; 4.',
    ]);
  });

  it('keeps the header context on CSV rows, with quoting handled', async () => {
    const csv = csvDocument([
      ['Product', 'Claim'],
      ['Kettle', 'Boils 1.7 litres, in four minutes'],
      ['Mug', 'Says "hello"'],
    ]);
    expect((await extract(csv, 'claims.csv')).blocks).toEqual([
      'Product: Kettle; Claim: Boils 1.7 litres, in four minutes.',
      'Product: Mug; Claim: Says "hello".',
    ]);
  });

  it('splits a text file into its paragraphs', async () => {
    expect((await extract(txtDocument(['First paragraph.', 'Second one.']), 'notes.txt')).blocks).toEqual(['First paragraph.', 'Second one.']);
  });

  it('chunks rows into passages that still read as separate sentences', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => [`Product ${i}`, i * 3]);
    const xlsx = await xlsxDocument([{ name: 'Prices', rows: [['Product', 'Price'], ...rows] }]);
    const passages = chunkPassages((await extract(xlsx, 'p.xlsx')).blocks);
    expect(passages.length).toBeGreaterThan(1);
    expect(passages[0]).toMatch(/^Sheet Prices — Product: Product 0; Price: 0\. Sheet Prices — Product: Product 1; Price: 3\./);
  });
});
