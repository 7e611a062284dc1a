import type { WorkflowEvent } from '../../contract/schemas/workflow-events.ts';
import type { WorkflowJob } from '../../contract/schemas/workflow-job.ts';
import type { WorkflowResult } from '../../contract/schemas/workflow-result.ts';
import type { MediaLinks } from '../media/media-links.ts';
import type { JobRecord } from './job-record.ts';

/** A stored result (media paths) as the client sees it (signed links). */
export function presentResult(result: WorkflowResult, links: MediaLinks): WorkflowResult {
  if (!result.success) return result;
  const link = (path: string | undefined) => (path === undefined ? {} : { url: links.url(path) });
  return {
    ...result,
    ...(result.videoUrl ? { videoUrl: links.url(result.videoUrl) } : {}),
    ...(result.posterUrl ? { posterUrl: links.url(result.posterUrl) } : {}),
    ...(result.captionsUrl ? { captionsUrl: links.url(result.captionsUrl) } : {}),
    ...(result.reportUrl ? { reportUrl: links.url(result.reportUrl) } : {}),
    ...(result.videos ? { videos: result.videos.map((video) => ({ ...video, ...link(video.url) })) } : {}),
    ...(result.images ? { images: result.images.map((image) => ({ ...image, ...link(image.url) })) } : {}),
  };
}

export function presentEvent(event: WorkflowEvent, links: MediaLinks): WorkflowEvent {
  return event.event === 'result' ? { ...event, data: presentResult(event.data, links) } : event;
}

/** The contract's `workflowJob` for a stored job. */
export function presentJob(job: JobRecord, links: MediaLinks): WorkflowJob {
  return {
    jobId: job.id,
    type: job.type,
    quality: job.quality,
    status: job.status,
    progress: job.progress,
    cost: job.cost,
    refunded: job.refunded,
    formats: job.formats,
    hitl: job.hitl,
    ...(job.batchId ? { batchId: job.batchId } : {}),
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
    steps: job.steps.map((step) => ({ ...step })),
    artifacts: job.artifacts.map(({ path, ...artifact }) => ({ ...artifact, url: links.url(path) })),
    ...(job.result ? { result: presentResult(job.result, links) } : {}),
  };
}
