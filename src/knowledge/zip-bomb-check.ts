import { createInflateRaw } from 'node:zlib';
import { CinematicAdsError } from '../contract/errors.ts';
import { formatBytes } from './byte-size.ts';
import { entryData, entrySpan, type ZipDirectory, type ZipEntry } from './zip-directory.ts';

export interface ZipLimits {
  maxEntries: number;
  /** Sum of every entry's unpacked size. */
  maxUnpackedBytes: number;
  /** Unpacked ÷ packed for any entry over 1 MB: XML packs 5–50×, a bomb 1000×. */
  maxRatio: number;
}

/** Generous for real documents (a 10 MB spreadsheet unpacks to ~100 MB of XML), fatal to bombs. */
export const officeZipLimits: ZipLimits = { maxEntries: 10_000, maxUnpackedBytes: 200 * 1024 * 1024, maxRatio: 250 };

const ratioFloorBytes = 1024 * 1024;

/** Refuses an archive whose central directory declares too much: cheap, before anything is inflated. */
export function checkDeclaredSizes(entries: readonly ZipEntry[], limits: ZipLimits = officeZipLimits): void {
  if (entries.length > limits.maxEntries) throw bomb(`it holds ${entries.length} files, more than the ${limits.maxEntries} allowed`);
  let total = 0;
  for (const entry of entries) {
    if (entry.encrypted) throw new CinematicAdsError('invalid_request', 'The document is password-protected: save an unprotected copy and upload that');
    if (entry.method !== 0 && entry.method !== 8) {
      throw new CinematicAdsError('invalid_request', `The document is not a readable DOCX or XLSX: ${entry.name} uses ZIP compression method ${entry.method}`);
    }
    total += entry.uncompressedSize;
    if (entry.uncompressedSize > ratioFloorBytes && entry.uncompressedSize / Math.max(1, entry.compressedSize) > limits.maxRatio) {
      const ratio = Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize));
      throw bomb(`${entry.name} unpacks ${ratio}× (${formatBytes(entry.uncompressedSize)}), more than the ${limits.maxRatio}× real documents reach`);
    }
  }
  if (total > limits.maxUnpackedBytes) throw bomb(`it unpacks to ${formatBytes(total)}, more than the ${formatBytes(limits.maxUnpackedBytes)} allowed`);
}

/**
 * Checks that the archive is what its directory says, before a parser opens it: the entries tile
 * the file end to end (a streaming reader such as the spreadsheet one walks local headers, so
 * an entry hidden outside the directory would escape every other check), and each entry,
 * inflated into a counter (nothing is kept), unpacks to no more than its declared size — the
 * parsers trust those sizes, a crafted bomb lies about them.
 */
export async function checkActualSizes(bytes: Uint8Array, directory: ZipDirectory, signal?: AbortSignal): Promise<void> {
  checkLayout(bytes, directory);
  for (const entry of directory.entries) {
    signal?.throwIfAborted();
    const data = entryData(bytes, entry);
    const size = entry.method === 0 ? data.byteLength : await inflatedSize(data, entry.uncompressedSize);
    if (size > entry.uncompressedSize) throw bomb(`${entry.name} unpacks to more than the ${formatBytes(entry.uncompressedSize)} its directory declares`);
  }
}

function checkLayout(bytes: Uint8Array, directory: ZipDirectory): void {
  const ordered = [...directory.entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  let expected = 0;
  for (const entry of ordered) {
    if (entry.localHeaderOffset !== expected) throw hidden();
    expected = entrySpan(bytes, entry).end;
  }
  if (expected !== directory.directoryOffset) throw hidden();
}

function hidden(): CinematicAdsError {
  return new CinematicAdsError('invalid_request', 'The document is not a readable DOCX or XLSX: its ZIP holds data its directory does not list');
}

/** Bytes `data` inflates to, stopping one past `limit`. */
function inflatedSize(data: Uint8Array, limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let size = 0;
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        inflate.destroy();
        resolve(size);
      }
    });
    inflate.on('end', () => resolve(size));
    inflate.on('error', (error) =>
      reject(new CinematicAdsError('invalid_request', `The document is not a readable DOCX or XLSX: its compressed data is damaged (${error.message})`)),
    );
    inflate.end(data);
  });
}

function bomb(reason: string): CinematicAdsError {
  return new CinematicAdsError('invalid_request', `The document was refused as a likely zip bomb: ${reason}`);
}
