import type { SniffedDocument } from './document-type.ts';
import { extractCsvText } from './extract/csv-text.ts';
import { extractDocxText } from './extract/docx-text.ts';
import { extractPdfText } from './extract/pdf-text.ts';
import { extractPlainText } from './extract/plain-text.ts';
import { extractXlsxText } from './extract/xlsx-text.ts';
import type { ExtractedDocument } from './extracted-document.ts';
import { checkActualSizes } from './zip-bomb-check.ts';

/**
 * The text of an uploaded document whose type `sniffDocument` read from its bytes, with the real
 * parser for that type. Office archives are inflated into a counter first, so a bomb whose
 * directory lies about its sizes is refused before mammoth or exceljs unpack it.
 */
export async function extractDocument(bytes: Uint8Array, sniffed: SniffedDocument, signal?: AbortSignal): Promise<ExtractedDocument> {
  switch (sniffed.kind) {
    case 'pdf':
      return extractPdfText(bytes, signal);
    case 'docx':
      await checkActualSizes(bytes, sniffed.directory, signal);
      return extractDocxText(bytes);
    case 'xlsx':
      await checkActualSizes(bytes, sniffed.directory, signal);
      return extractXlsxText(bytes, signal);
    case 'csv':
      return extractCsvText(sniffed.text);
    case 'txt':
      return extractPlainText(sniffed.text);
  }
}
