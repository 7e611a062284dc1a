import { extname, resolve, sep } from 'node:path';
import { jobFolder } from '../jobs/job-folders.ts';
import { isJobId } from '../jobs/job-ids.ts';

/**
 * A job's files are served as `/media/<jobId>/<file>`; on disk they live in
 * `<dataDir>/jobs/<jobId>/<file>`. Only names made of safe characters and not starting with a
 * dot are ever mapped, so step outputs, scratch files and anything outside the job folder stay
 * private even with a valid signature.
 */
export function mediaPathOf(jobId: string, relativeFile: string): string {
  return `/media/${jobId}/${relativeFile.split(sep).join('/')}`;
}

const segmentPattern = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,199}$/;

/** The file a media path names, or null when it is not one we could have issued. */
export function fileOfMediaPath(dataDir: string, path: string): string | null {
  const parts = path.split('/');
  // ['', 'media', jobId, ...segments]
  if (parts.length < 4 || parts[0] !== '' || parts[1] !== 'media') return null;
  const jobId = parts[2] ?? '';
  const segments = parts.slice(3);
  if (!isJobId(jobId) || !segments.every((segment) => segmentPattern.test(segment) && !segment.includes('..'))) return null;
  const folder = resolve(jobFolder(dataDir, jobId));
  const file = resolve(folder, ...segments);
  return file.startsWith(`${folder}${sep}`) ? file : null;
}

const contentTypes: Record<string, string> = {
  '.mp4': 'video/mp4',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.vtt': 'text/vtt; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

export function mediaContentType(file: string): string {
  return contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
}
