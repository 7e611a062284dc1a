import { CinematicAdsError } from '../contract/errors.ts';
import { formatBytes } from './byte-size.ts';
import type { ZipEntry } from './zip-directory.ts';

/**
 * mammoth builds a tree of the whole document in memory, ~40× the size of its XML (6 MB of
 * markup took 260 MB, 22 MB took 850 MB), so a Word file is refused when its parts hold more
 * markup than bounded memory affords — 6 MB is some 800 pages of text. Spreadsheets are read as a
 * stream and need no such limit beyond the zip checks.
 */
export const maxWordMarkupBytes = 6 * 1024 * 1024;

export function checkWordMarkupSize(entries: readonly ZipEntry[]): void {
  const markup = entries.filter((entry) => entry.name.startsWith('word/') && entry.name.endsWith('.xml')).reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (markup > maxWordMarkupBytes) {
    throw new CinematicAdsError(
      'invalid_request',
      `The Word document holds ${formatBytes(markup)} of text markup, more than the ${formatBytes(maxWordMarkupBytes)} the knowledge base reads from one DOCX: split it into smaller files`,
    );
  }
}
