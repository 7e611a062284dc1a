import type { Project } from '../../contract/schemas/projects.ts';
import { workflowCatalog } from '../../contract/workflow-catalog.ts';
import type { JobRecord } from '../jobs/job-record.ts';
import type { MediaLinks } from '../media/media-links.ts';

const maxNameLength = 80;

/** A job seen as a project (the contract's `project`), links signed now. */
export function projectOf(job: JobRecord, links: MediaLinks): Project {
  const result = job.result?.success ? job.result : undefined;
  const thumbnail = result?.posterUrl ?? result?.images?.[0]?.url;
  return {
    jobId: job.id,
    type: job.type,
    name: projectName(job),
    quality: job.quality,
    status: job.status,
    cost: job.cost,
    refunded: job.refunded,
    formats: job.formats,
    ...(job.brief.concept ? { concept: job.brief.concept } : {}),
    ...(job.brief.url ? { url: job.brief.url } : {}),
    ...(result?.videoUrl ? { videoUrl: links.url(result.videoUrl) } : {}),
    ...(thumbnail ? { thumbnailUrl: links.url(thumbnail) } : {}),
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
  };
}

/** The concept, else the source page's title, else its host, else the workflow's name. */
function projectName(job: JobRecord): string {
  const { concept, source, url } = job.brief;
  const name = concept ?? source?.title ?? (url ? new URL(url).hostname : `${workflowCatalog[job.type].name} ${job.id}`);
  return name.length > maxNameLength ? `${name.slice(0, maxNameLength - 1)}…` : name;
}
