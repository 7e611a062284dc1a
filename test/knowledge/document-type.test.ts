import { describe, expect, it } from 'vitest';
import { sniffDocument } from '../../src/knowledge/document-type.ts';
import { csvDocument } from '../fixtures/documents/csv-document.ts';
import { docxDocument, zipFiles } from '../fixtures/documents/docx-document.ts';
import { pdfDocument } from '../fixtures/documents/pdf-document.ts';
import { binaryBytes, txtDocument } from '../fixtures/documents/txt-document.ts';
import { xlsxDocument } from '../fixtures/documents/xlsx-document.ts';

const refusal = (bytes: Uint8Array, hint = {}) => {
  try {
    sniffDocument(bytes, hint);
  } catch (error) {
    return error as { code: string; status: number; message: string };
  }
  throw new Error('expected the document to be refused');
};

describe('sniffDocument reads the type from the bytes, not the name', () => {
  it('recognises each of the five formats whatever the file is called', async () => {
    const pdf = await pdfDocument([['Hello']]);
    const docx = await docxDocument(['Hello']);
    const xlsx = await xlsxDocument([{ name: 'Prices', rows: [['Product', 'Price'], ['Kettle', 12]] }]);
    expect(sniffDocument(pdf, { filename: 'prices.xlsx' }).kind).toBe('pdf');
    expect(sniffDocument(docx, { filename: 'notes.txt', mediaType: 'text/plain' }).kind).toBe('docx');
    expect(sniffDocument(xlsx, { filename: 'brochure.pdf' }).kind).toBe('xlsx');
    expect(sniffDocument(csvDocument([['a', 'b'], [1, 2]]), { filename: 'table.csv' })).toMatchObject({ kind: 'csv', text: 'a,b\r\n1,2\r\n' });
    expect(sniffDocument(txtDocument(['Hello']), { filename: 'readme' })).toMatchObject({ kind: 'txt', text: 'Hello\n' });
  });

  it('tells CSV from text only once the bytes are known to be text', () => {
    expect(sniffDocument(Buffer.from('a,b\n1,2\n'), { mediaType: 'text/csv' }).kind).toBe('csv');
    expect(sniffDocument(Buffer.from('a,b\n1,2\n'), { filename: 'x.txt' }).kind).toBe('txt');
  });

  it('decodes UTF-8 with a byte-order mark, UTF-16 and Windows-1252 text', () => {
    expect(sniffDocument(Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('Café')]))).toMatchObject({ text: 'Café' });
    expect(sniffDocument(Buffer.from([0xff, 0xfe, ...Buffer.from('Prix €', 'utf16le')]))).toMatchObject({ text: 'Prix €' });
    expect(sniffDocument(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80]))).toMatchObject({ text: 'Café €' });
  });

  it('refuses binary data named .txt, naming what it looks like when it can', () => {
    expect(refusal(binaryBytes(), { filename: 'notes.txt', mediaType: 'text/plain' })).toMatchObject({
      status: 400,
      message: 'The document is binary data, not text: upload a PDF, DOCX, XLSX, CSV or TXT file (the type is read from the content, not the name)',
    });
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), binaryBytes(64)]);
    expect(refusal(png, { filename: 'logo.pdf' }).message).toMatch(/^The document looks like a PNG image, not text/);
    const legacyOffice = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), binaryBytes(512)]);
    expect(refusal(legacyOffice, { filename: 'report.docx' }).message).toMatch(/legacy Office file .* or a password-protected Office document/);
  });

  it('refuses a ZIP that is not a Word or Excel document, and an empty file', async () => {
    expect(refusal(await zipFiles({ 'photo.jpg': 'not really' })).message).toMatch(/ZIP archive but not a DOCX or XLSX .*no \[Content_Types\]\.xml/);
    const pptx = await zipFiles({ '[Content_Types].xml': '<Types><Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/></Types>' });
    expect(refusal(pptx).message).toMatch(/PowerPoint file/);
    expect(refusal(new Uint8Array(0)).message).toBe('The document is empty');
  });
});
