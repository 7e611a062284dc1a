import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';

/**
 * Writes a file under a hidden temporary name in the same folder and renames it into place only
 * when `write` succeeds, so a crash or a failed encode never leaves something that looks finished.
 * The temporary name keeps the extension: ffmpeg picks its muxer from it.
 */
export async function writeAtomically<T>(outFile: string, write: (partialPath: string) => Promise<T>): Promise<T> {
  const dir = dirname(outFile);
  await mkdir(dir, { recursive: true });
  const ext = extname(outFile);
  const partial = join(dir, `.${basename(outFile, ext)}.partial-${randomBytes(4).toString('hex')}${ext}`);
  try {
    const result = await write(partial);
    await rename(partial, outFile);
    return result;
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}
