import { stat } from 'node:fs/promises';
import { fileOfMediaPath, mediaContentType } from './media-paths.ts';
import type { MediaSigner } from './media-signature.ts';

export interface OpenedMedia {
  file: string;
  contentType: string;
  size: number;
}

/** The file behind a signed media URL; null for a bad or expired signature, a path we never issue, or a missing file. */
export async function openMedia(
  deps: { dataDir: string; signer: MediaSigner; now: () => Date },
  path: string,
  query: URLSearchParams,
): Promise<OpenedMedia | null> {
  if (!deps.signer.verifyMediaSignature(path, query, deps.now())) return null;
  const file = fileOfMediaPath(deps.dataDir, path);
  if (!file) return null;
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return null;
  return { file, contentType: mediaContentType(file), size: info.size };
}
