import { stat } from 'node:fs/promises';
import { extname, relative } from 'node:path';
import type { Deliverable } from './manifest.ts';

const mimeTypes: Record<string, string> = {
  '.mp4': 'video/mp4',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.vtt': 'text/vtt',
  '.json': 'application/json',
  '.md': 'text/markdown',
};

/** Describes a finished file as a manifest entry (size from disk, path relative to the output folder). */
export async function deliverableFile(
  outDir: string,
  path: string,
  fields: Omit<Deliverable, 'path' | 'mimeType' | 'bytes'>,
): Promise<Deliverable> {
  const { size } = await stat(path);
  return {
    ...fields,
    path: relative(outDir, path),
    mimeType: mimeTypes[extname(path).toLowerCase()] ?? 'application/octet-stream',
    bytes: size,
  };
}

/** File-name fragment for a format: "9:16" → "9x16". */
export function formatSlug(format: string): string {
  return format.replace(':', 'x');
}
