import { CinematicAdsError } from '../contract/errors.ts';

/** One file of a ZIP archive as its central directory declares it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate; office files use nothing else. */
  method: number;
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** Every entry, and where the central directory starts (the entries' data must end exactly there). */
export interface ZipDirectory {
  entries: ZipEntry[];
  directoryOffset: number;
}

/** Where an entry lies: its local header, its compressed data, and the end of any data descriptor after it. */
export interface EntrySpan {
  dataStart: number;
  dataEnd: number;
  end: number;
}

const endOfDirectorySignature = 0x06054b50;
const directoryEntrySignature = 0x02014b50;
const localHeaderSignature = 0x04034b50;
const dataDescriptorSignature = 0x08074b50;
/** The end record is 22 bytes plus a comment of at most 65 535. */
const endRecordSearch = 22 + 0xffff;

/**
 * The central directory of a ZIP held in memory: names and declared sizes, read without
 * inflating anything, so a DOCX or XLSX can be judged (type, zip bomb) before a parser opens it.
 * ZIP64 is refused: a document under 10 MB never needs it, and its sizes are where bombs hide.
 */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) throw notReadable('it is a ZIP64 archive, which office documents under 10 MB never are');
  if (offset + size > end) throw notReadable('its central directory points outside the file');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > end || view.getUint32(at, true) !== directoryEntrySignature) throw notReadable('its central directory is cut short');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > end) throw notReadable('an entry name runs past the central directory');
    const entry: ZipEntry = {
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      encrypted: (view.getUint16(at + 8, true) & 1) === 1,
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    };
    if (entry.compressedSize === 0xffffffff || entry.uncompressedSize === 0xffffffff || entry.localHeaderOffset === 0xffffffff) {
      throw notReadable('it uses ZIP64 entries, which office documents under 10 MB never need');
    }
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { entries, directoryOffset: offset };
}

/** The compressed bytes of an entry, located through its local header. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const span = entrySpan(bytes, entry);
  return bytes.subarray(span.dataStart, span.dataEnd);
}

/** An entry's extent in the file, read from its local header (and data descriptor, when it has one). */
export function entrySpan(bytes: Uint8Array, entry: ZipEntry): EntrySpan {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== localHeaderSignature) throw notReadable(`the entry ${entry.name} has no local header`);
  const hasDescriptor = (view.getUint16(at + 6, true) & 8) === 8;
  const dataStart = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > bytes.byteLength) throw notReadable(`the entry ${entry.name} runs past the end of the file`);
  if (!hasDescriptor) return { dataStart, dataEnd, end: dataEnd };
  // CRC and two sizes, optionally preceded by a signature.
  const signed = dataEnd + 4 <= bytes.byteLength && view.getUint32(dataEnd, true) === dataDescriptorSignature;
  return { dataStart, dataEnd, end: dataEnd + (signed ? 16 : 12) };
}

function findEndRecord(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - endRecordSearch);
  for (let at = view.byteLength - 22; at >= lowest; at -= 1) {
    if (view.getUint32(at, true) === endOfDirectorySignature) return at;
  }
  throw notReadable('it has no ZIP central directory (the file is truncated or not a ZIP)');
}

function notReadable(reason: string): CinematicAdsError {
  return new CinematicAdsError('invalid_request', `The document is not a readable DOCX or XLSX: ${reason}`);
}
