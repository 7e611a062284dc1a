import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { ProjectFile } from './project-files.ts';
import type { ZipEntry } from './zip-stream.ts';

/** A small text file, made when the archive reaches it (so queued entries hold no text). */
export function textEntry(path: string, text: () => string, mtime: Date): ZipEntry {
  return { path, compress: true, mtime, open: async () => Readable.from([Buffer.from(text(), 'utf8')]) };
}

export function jsonEntry(path: string, value: () => unknown, mtime: Date): ZipEntry {
  return textEntry(path, () => `${JSON.stringify(value(), null, 2)}\n`, mtime);
}

/**
 * A step's saved output (`{ output, notices }`) as its own document: the output alone. A step
 * redone meanwhile (a revise) may have removed the file since it was listed: `null` then, rather
 * than failing an archive of every project for one storyboard.
 */
export function stepOutputEntry(path: string, file: string, mtime: Date): ZipEntry {
  return {
    path,
    compress: true,
    mtime,
    open: async () => {
      const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return 'null';
        throw error;
      });
      const saved = JSON.parse(text) as { output?: unknown } | null;
      return Readable.from([Buffer.from(`${JSON.stringify(saved?.output ?? null, null, 2)}\n`, 'utf8')]);
    },
  };
}

/** A file copied from disk as it is read; videos and images are stored, not deflated again. */
export function fileEntry(folder: string, file: ProjectFile): ZipEntry {
  return {
    path: `${folder}/${file.archivePath}`,
    compress: !file.compressed,
    size: file.bytes,
    mtime: file.mtime,
    open: async () => createReadStream(file.file),
  };
}
