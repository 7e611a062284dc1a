/** Above this share of control characters a file is binary, whatever its name says. */
const maxControlShare = 0.01;

/**
 * The text of a file that is text: UTF-8 (with or without a byte-order mark), UTF-16 with a
 * byte-order mark, or — when it is not valid UTF-8 — Windows-1252, which spreadsheet exports in
 * Western Europe still write. Undefined for binary data: a NUL byte, or more than 1% control
 * characters, is never a text file.
 */
export function decodeTextFile(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'utf-16be');
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return decodeWindows1252(body);
  }
}

/** 0x80–0x9F of Windows-1252 (€, curly quotes, dashes…); the rest is Latin-1. Undefined slots stay as they are. */
const windows1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Node's TextDecoder treats "windows-1252" as Latin-1 (no € sign), so the 32 differing bytes are mapped here. */
function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let at = 0; at < bytes.length; at += 8192) {
    const chunk = bytes.subarray(at, at + 8192);
    text += String.fromCharCode(...chunk).replace(/[\u0080-\u009f]/g, (c) => windows1252High[c.charCodeAt(0) - 0x80]!);
  }
  return text;
}

function looksBinary(bytes: Uint8Array): boolean {
  let control = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i]!;
    if (byte === 0) return true;
    // Tab, line feed, form feed, carriage return and escape appear in real text; the rest do not.
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) || byte === 0x7f) control += 1;
  }
  return control > bytes.length * maxControlShare;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string | undefined {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return text.includes('\u0000') ? undefined : text;
  } catch {
    return undefined;
  }
}
