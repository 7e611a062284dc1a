import Papa from 'papaparse';
import { CinematicAdsError } from '../../contract/errors.ts';
import { formatBytes } from '../byte-size.ts';
import { type ExtractedDocument, TextBudget } from '../extracted-document.ts';
import { describeRow, looksLikeHeader } from './table-rows.ts';

/** No real table row comes near this; a file with such a line is not a table. */
export const maxCsvLineChars = 256 * 1024;

/**
 * Every row of a CSV as a sentence with its column headers (papaparse: quoting, delimiters
 * detected). A line longer than any table row fails before parsing, so one enormous line
 * cannot turn into one enormous passage.
 */
export function extractCsvText(text: string): ExtractedDocument {
  checkLineLengths(text);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  const rows = parsed.data;
  if (rows.length === 0) return { blocks: [] };
  const budget = new TextBudget();
  const header = rows.length > 1 && looksLikeHeader(rows[0]!) ? rows[0] : undefined;
  const blocks: string[] = [];
  for (const row of header ? rows.slice(1) : rows) {
    const line = describeRow(undefined, header, row);
    if (line) blocks.push(budget.take(line));
  }
  return { blocks };
}

function checkLineLengths(text: string): void {
  let start = 0;
  let line = 1;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    if (stop - start > maxCsvLineChars) {
      throw new CinematicAdsError(
        'invalid_request',
        `Line ${line} of the CSV is ${formatBytes(stop - start)} long, more than the ${formatBytes(maxCsvLineChars)} a table row may be: this is not a readable CSV table`,
      );
    }
    start = stop + 1;
    line += 1;
  }
}
