import { crc32 } from 'node:zlib';
import yauzl from 'yauzl';

export interface ZipContent {
  /** Entry names in archive order. */
  names: string[];
  files: Map<string, Buffer>;
}

/**
 * Opens a ZIP with yauzl (a reader independent of the writer) and reads every entry, checking
 * each one's CRC-32 against its bytes, which yauzl itself does not.
 */
export function readZip(archive: Buffer): Promise<ZipContent> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(archive, { lazyEntries: true, validateEntrySizes: true, strictFileNames: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('no zip'));
      const names: string[] = [];
      const files = new Map<string, Buffer>();
      zip.on('error', reject);
      zip.on('end', () => resolve({ names, files }));
      zip.on('entry', (entry: yauzl.Entry) => {
        names.push(entry.fileName);
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', reject);
          stream.on('end', () => {
            const bytes = Buffer.concat(chunks);
            if (crc32(bytes) !== entry.crc32) return reject(new Error(`CRC mismatch in ${entry.fileName}`));
            files.set(entry.fileName, bytes);
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

export function jsonEntry(zip: ZipContent, name: string): any {
  const bytes = zip.files.get(name);
  if (!bytes) throw new Error(`no ${name} in the archive (entries: ${zip.names.join(', ')})`);
  return JSON.parse(bytes.toString('utf8'));
}
