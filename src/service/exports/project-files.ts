import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Format } from '../../contract/workflow-catalog.ts';
import { jobFolder } from '../jobs/job-folders.ts';
import type { JobRecord } from '../jobs/job-record.ts';
import { fileOfMediaPath } from '../media/media-paths.ts';

/** A file of a project on disk and where it goes in the archive (relative to the project's folder). */
export interface ProjectFile {
  archivePath: string;
  file: string;
  bytes: number;
  mtime: Date;
  kind: string;
  contentType: string;
  format?: Format;
  /** Already compressed (video, images): stored as is rather than deflated again. */
  compressed: boolean;
}

/** A step's saved output, written to the archive as its own JSON document. */
export interface StepDocument {
  archivePath: string;
  file: string;
}

export interface ProjectContents {
  media: ProjectFile[];
  documents: StepDocument[];
  /** The studio's manifest (steps, writer, knowledge used, notices), once the run completed. */
  manifest?: ProjectFile;
}

const compressedTypes = /^(video|image|audio)\//;

// The script and storyboard are taken from the step outputs, which exist before a job completes
// (a job paused for review has a storyboard and no deliverables yet).
const fromSteps: Array<{ step: string; archivePath: string }> = [
  { step: 'script', archivePath: 'script.json' },
  { step: 'art_direction', archivePath: 'storyboard.json' },
];

/** What of a job's folder goes into the archive; files that are gone are left out. */
export async function projectContents(dataDir: string, job: JobRecord): Promise<ProjectContents> {
  const folder = jobFolder(dataDir, job.id);
  const media: ProjectFile[] = [];
  for (const artifact of job.artifacts) {
    if (artifact.kind === 'script' || artifact.kind === 'storyboard') continue;
    const file = fileOfMediaPath(dataDir, artifact.path);
    const info = file ? await fileInfo(file) : undefined;
    if (!file || !info) continue;
    media.push({
      archivePath: `media/${artifact.path.slice(`/media/${job.id}/`.length)}`,
      file,
      ...info,
      kind: artifact.kind,
      contentType: artifact.contentType,
      ...(artifact.format ? { format: artifact.format } : {}),
      compressed: compressedTypes.test(artifact.contentType),
    });
  }
  const documents: StepDocument[] = [];
  for (const { step, archivePath } of fromSteps) {
    const file = join(folder, '.steps', `${step}.json`);
    if (await fileInfo(file)) documents.push({ archivePath, file });
  }
  const manifestFile = join(folder, 'manifest.json');
  const manifestInfo = await fileInfo(manifestFile);
  const manifest: ProjectFile | undefined = manifestInfo
    ? { archivePath: 'manifest.json', file: manifestFile, ...manifestInfo, kind: 'manifest', contentType: 'application/json', compressed: false }
    : undefined;
  return { media, documents, ...(manifest ? { manifest } : {}) };
}

async function fileInfo(file: string): Promise<{ bytes: number; mtime: Date } | undefined> {
  const info = await stat(file).catch(() => undefined);
  return info?.isFile() ? { bytes: info.size, mtime: info.mtime } : undefined;
}
