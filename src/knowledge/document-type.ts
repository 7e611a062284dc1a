import { inflateRawSync } from 'node:zlib';
import { CinematicAdsError } from '../contract/errors.ts';
import { decodeTextFile } from './text-decoding.ts';
import { checkWordMarkupSize } from './office-markup-limit.ts';
import { checkDeclaredSizes } from './zip-bomb-check.ts';
import { entryData, readZipDirectory, type ZipDirectory, type ZipEntry } from './zip-directory.ts';

/** A document whose type was read from its bytes, with what that reading already produced. */
export type SniffedDocument =
  | { kind: 'pdf' }
  | { kind: 'docx' | 'xlsx'; directory: ZipDirectory }
  | { kind: 'csv' | 'txt'; text: string };

/** What the upload claimed; used only to tell CSV from plain text once the bytes are known to be text. */
export interface DocumentHint {
  filename?: string;
  mediaType?: string;
}

const pdfMagic = '%PDF-';
/** PDF readers accept junk before the header; 1 KB is what Acrobat tolerates. */
const pdfHeaderWindow = 1024;

/** Binary formats people upload by mistake, named so the refusal says what the file is. */
const binarySignatures: ReadonlyArray<{ bytes: number[]; offset?: number; name: string }> = [
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], name: 'a legacy Office file (.doc/.xls) or a password-protected Office document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' },
  { bytes: [0x1f, 0x8b], name: 'a gzip archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: 'a program (ELF)' },
  { bytes: [0x66, 0x74, 0x79, 0x70], offset: 4, name: 'a video or audio file' },
];

const accepted = 'PDF, DOCX, XLSX, CSV or TXT';

/**
 * The document's type from its content — `%PDF`, a ZIP whose [Content_Types].xml names a Word or
 * Excel main part, or text — never from its name: a program renamed `notes.txt` is refused here.
 * Office archives are also measured (zip bomb) before any parser sees them. Throws a 400 whose
 * sentence says what the file is instead.
 */
export function sniffDocument(bytes: Uint8Array, hint: DocumentHint = {}): SniffedDocument {
  if (bytes.byteLength === 0) throw refused('The document is empty');
  if (latin1(bytes.subarray(0, pdfHeaderWindow)).includes(pdfMagic)) return { kind: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return sniffOfficeArchive(bytes);
  const text = decodeTextFile(bytes);
  if (text === undefined) {
    const known = binarySignatures.find((signature) => startsWith(bytes, signature.bytes, signature.offset ?? 0));
    const what = known ? `looks like ${known.name}` : 'is binary data';
    throw refused(`The document ${what}, not text: upload a ${accepted} file (the type is read from the content, not the name)`);
  }
  return { kind: isCsvHint(hint) ? 'csv' : 'txt', text };
}

function sniffOfficeArchive(bytes: Uint8Array): SniffedDocument {
  const directory = readZipDirectory(bytes);
  const types = directory.entries.find((entry) => entry.name === '[Content_Types].xml');
  if (!types) throw refused(`The document is a ZIP archive but not a DOCX or XLSX (it has no [Content_Types].xml): upload a ${accepted} file`);
  const kind = officeKind(contentTypesXml(bytes, types));
  checkDeclaredSizes(directory.entries);
  if (kind === 'docx') checkWordMarkupSize(directory.entries);
  return { kind, directory };
}

function officeKind(contentTypes: string): 'docx' | 'xlsx' {
  if (/wordprocessingml\.document\.main\+xml/i.test(contentTypes)) return 'docx';
  if (/spreadsheetml\.sheet\.main\+xml/i.test(contentTypes)) return 'xlsx';
  if (/macroEnabled/i.test(contentTypes)) throw refused('The document is a macro-enabled Office file: save it as a plain DOCX or XLSX and upload that');
  if (/presentationml/i.test(contentTypes)) throw refused(`The document is a PowerPoint file, which the knowledge base does not read: upload a ${accepted} file`);
  throw refused(`The document is a ZIP archive but neither a Word (DOCX) nor an Excel (XLSX) document: upload a ${accepted} file`);
}

/** [Content_Types].xml is a few KB; more than 1 MB is not a real one. */
function contentTypesXml(bytes: Uint8Array, entry: ZipEntry): string {
  const data = entryData(bytes, entry);
  try {
    const xml = entry.method === 0 ? data : inflateRawSync(data, { maxOutputLength: 1024 * 1024 });
    return new TextDecoder().decode(xml);
  } catch {
    throw refused('The document is not a readable DOCX or XLSX: its [Content_Types].xml is damaged or oversized');
  }
}

function isCsvHint(hint: DocumentHint): boolean {
  const extension = /\.([^.]+)$/.exec(hint.filename ?? '')?.[1]?.toLowerCase();
  const mediaType = (hint.mediaType ?? '').split(';')[0]!.trim().toLowerCase();
  return extension === 'csv' || extension === 'tsv' || mediaType === 'text/csv' || mediaType === 'text/tab-separated-values';
}

function startsWith(bytes: Uint8Array, prefix: readonly number[], offset = 0): boolean {
  return prefix.every((byte, i) => bytes[offset + i] === byte);
}

function latin1(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes);
}

function refused(message: string): CinematicAdsError {
  return new CinematicAdsError('invalid_request', message);
}

