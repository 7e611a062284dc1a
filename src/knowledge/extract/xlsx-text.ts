import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { CinematicAdsError } from '../../contract/errors.ts';
import { type ExtractedDocument, TextBudget } from '../extracted-document.ts';
import { describeRow, looksLikeHeader } from './table-rows.ts';

type CellText = string | number | boolean | Date | undefined;

/**
 * Every row of every sheet as a sentence carrying its sheet name and column headers, read with
 * exceljs's streaming reader so a large workbook is never held as a whole model in memory.
 * Only call it on an archive already checked by `checkActualSizes`.
 */
export async function extractXlsxText(bytes: Uint8Array, signal?: AbortSignal): Promise<ExtractedDocument> {
  const budget = new TextBudget();
  const blocks: string[] = [];
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]), {
    entries: 'ignore',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    // Styles tell dates from numbers.
    styles: 'cache',
    worksheets: 'emit',
  });
  try {
    for await (const sheet of reader) {
      const name = (sheet as unknown as { name?: string }).name;
      let header: string[] | undefined;
      let first = true;
      // Rows arrive in batches of parse events: iterating the sheet itself costs an await per row, 3× slower.
      for await (const events of (sheet as unknown as { parse(): AsyncIterable<Array<{ eventType: string; value: { values: unknown } }>> }).parse()) {
        signal?.throwIfAborted();
        for (const { eventType, value } of events) {
          if (eventType !== 'row') continue;
          const values = rowValues(value.values);
          if (first) {
            first = false;
            if (looksLikeHeader(values)) {
              header = values.map((cell) => text(cell));
              continue;
            }
          }
          const line = describeRow(name ? `Sheet ${name}` : undefined, header, values.map((cell) => text(cell)));
          if (line) blocks.push(budget.take(line));
        }
      }
    }
  } catch (error) {
    if (CinematicAdsError.is(error) || signal?.aborted) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new CinematicAdsError('invalid_request', `The spreadsheet could not be read: ${message.slice(0, 200)}`);
  }
  return { blocks };
}

/** exceljs rows are 1-based sparse arrays (or objects keyed by column); cells become plain values. */
function rowValues(values: unknown): CellText[] {
  const cells = Array.isArray(values) ? values.slice(1) : Object.values((values ?? {}) as Record<string, unknown>);
  return Array.from(cells, (cell) => plain(cell));
}

function plain(cell: unknown): CellText {
  if (cell === null || cell === undefined) return undefined;
  if (typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean' || cell instanceof Date) return cell;
  if (typeof cell !== 'object') return undefined;
  const value = cell as { richText?: Array<{ text?: string }>; text?: unknown; result?: unknown; error?: unknown };
  if (Array.isArray(value.richText)) return value.richText.map((run) => run.text ?? '').join('');
  if ('result' in value) return plain(value.result);
  if (typeof value.text === 'string') return value.text;
  if (value.text && typeof value.text === 'object') return plain(value.text);
  return undefined;
}

function text(value: CellText): string {
  if (value === undefined) return '';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16).replace('T', ' ');
  }
  return String(value);
}
