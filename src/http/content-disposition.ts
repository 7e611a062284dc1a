/**
 * `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266): an ASCII fallback every client reads,
 * and the exact name for those that read the extended form. Quotes, slashes and control
 * characters never reach the header.
 */
export function contentDisposition(filename: string): string {
  const safe = filename.replace(/[\u0000-\u001f\u007f"\\/]/g, '_');
  const ascii = safe.replace(/[^\x20-\x7e]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(safe)}`;
}
