/** Bytes needed to recognise an MP4: a box size (4 bytes), then the box type. */
export const mp4SignatureLength = 8;

const ftyp = [0x66, 0x74, 0x79, 0x70];

/**
 * Whether bytes start like an MP4 (ISO base media) file: its first box is `ftyp`, at offset 4.
 * A Content-Type header is only a claim; an HTML error page served as video/mp4 fails here.
 */
export function looksLikeMp4(head: Uint8Array): boolean {
  return head.byteLength >= mp4SignatureLength && ftyp.every((byte, index) => head[4 + index] === byte);
}
