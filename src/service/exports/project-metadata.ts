import type { Project } from '../../contract/schemas/projects.ts';
import type { Brief } from '../../studio/brief.ts';
import type { JobRecord } from '../jobs/job-record.ts';
import type { ProjectContents } from './project-files.ts';

/**
 * `project.json`: everything known about a project, readable without the API. Stored media
 * paths become paths inside the archive, so the result points at the files next to it.
 */
export function projectMetadata(job: JobRecord, project: Project, contents: ProjectContents, exportedAt: string): Record<string, unknown> {
  const toArchive = archivePaths(job.id);
  const files = [...contents.media, ...(contents.manifest ? [contents.manifest] : [])].map((file) => ({
    path: file.archivePath,
    kind: file.kind,
    contentType: file.contentType,
    ...(file.format ? { format: file.format } : {}),
    bytes: file.bytes,
  }));
  return {
    exportedAt,
    // The API's view of the project; its links are signed and expire, the files below do not.
    project,
    status: job.status,
    progress: job.progress,
    ...(job.status === 'failed' || job.status === 'cancelled' ? { reason: job.endReason ?? failureOf(job) } : {}),
    credits: { cost: job.cost, refunded: job.refunded, spent: job.cost - job.refunded },
    timestamps: {
      createdAt: job.createdAt,
      ...(job.startedAt ? { startedAt: job.startedAt } : {}),
      ...(job.endedAt ? { endedAt: job.endedAt } : {}),
      updatedAt: job.updatedAt,
    },
    hitl: job.hitl,
    ...(job.review ? { review: { approved: job.review.approved, notes: job.review.notes } } : {}),
    ...(job.batchId ? { batchId: job.batchId } : {}),
    brief: exportedBrief(job.brief),
    steps: job.steps,
    ...(job.result ? { result: JSON.parse(JSON.stringify(job.result), toArchive) } : {}),
    files: [
      ...contents.documents.map((document) => ({ path: document.archivePath, kind: document.archivePath.replace(/\.json$/, ''), contentType: 'application/json' })),
      ...files,
    ],
  };
}

/** A JSON reviver turning `/media/<jobId>/video.mp4` into `media/video.mp4`. */
function archivePaths(jobId: string): (key: string, value: unknown) => unknown {
  const prefix = `/media/${jobId}/`;
  return (_key, value) => (typeof value === 'string' && value.startsWith(prefix) ? `media/${value.slice(prefix.length)}` : value);
}

function failureOf(job: JobRecord): string | undefined {
  return job.result && !job.result.success ? job.result.error : undefined;
}

/** The brief as launched; page images saved on this server are named by URL only, never by server path. */
function exportedBrief(brief: Brief): Brief {
  if (!brief.source?.images) return brief;
  const images = brief.source.images.filter((image) => /^https?:\/\//i.test(image));
  return { ...brief, source: { ...brief.source, images } };
}
