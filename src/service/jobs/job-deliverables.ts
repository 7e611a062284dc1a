import type { ImageRendition, VideoRendition, WorkflowResult } from '../../contract/schemas/workflow-result.ts';
import type { DeliverableKind, StepId } from '../../contract/workflow-catalog.ts';
import type { Brief } from '../../studio/brief.ts';
import type { Deliverable, Manifest } from '../../studio/manifest.ts';
import { mediaPathOf } from '../media/media-paths.ts';
import type { JobArtifactRecord } from './job-record.ts';
import { describeDeliverables } from './result-summary.ts';

const stepOfKind: Record<DeliverableKind, StepId> = {
  video: 'compose',
  poster: 'compose',
  captions: 'compose',
  image: 'image_generation',
  report: 'report',
  script: 'script',
  storyboard: 'art_direction',
};

/** The files of a finished run as job artifacts (media paths, signed when shown). */
export function artifactsOf(jobId: string, brief: Brief, manifest: Manifest): JobArtifactRecord[] {
  return manifest.deliverables.map((deliverable) => ({
    kind: deliverable.kind,
    path: mediaPathOf(jobId, deliverable.path),
    contentType: deliverable.mimeType,
    ...(deliverable.format ? { format: deliverable.format } : {}),
    // A pain-point job writes its report in the image step.
    step: deliverable.kind === 'report' && brief.type === 'painpoint' ? 'image_generation' : stepOfKind[deliverable.kind],
  }));
}

/** The success result: `videoUrl` and `duration` of the first format's video, every rendition, and the links around them. */
export function successResultOf(jobId: string, brief: Brief, manifest: Manifest): WorkflowResult {
  const path = (deliverable: Deliverable) => mediaPathOf(jobId, deliverable.path);
  const variants = [...new Set(manifest.deliverables.map((d) => d.variantId).filter((id): id is string => id !== undefined))];
  const variantOf = (deliverable: Deliverable) =>
    variants.length > 1 && deliverable.variantId ? { variant: variants.indexOf(deliverable.variantId) + 1 } : {};
  const order = (deliverable: Deliverable) =>
    (deliverable.format ? brief.formats.indexOf(deliverable.format) : 0) * 100 + (deliverable.variantId ? variants.indexOf(deliverable.variantId) : 0);
  const byOrder = (a: Deliverable, b: Deliverable) => order(a) - order(b);

  const videoFiles = manifest.deliverables.filter((d) => d.kind === 'video' && d.format && d.width && d.height && d.durationSec).sort(byOrder);
  const imageFiles = manifest.deliverables.filter((d) => d.kind === 'image' && d.format && d.width && d.height).sort(byOrder);
  const videos: VideoRendition[] = videoFiles.map((d) => ({
    format: d.format!,
    url: path(d),
    width: d.width!,
    height: d.height!,
    duration: d.durationSec!,
    ...variantOf(d),
  }));
  const images: ImageRendition[] = imageFiles.map((d) => ({ format: d.format!, url: path(d), width: d.width!, height: d.height!, ...variantOf(d) }));

  const first = videoFiles[0];
  const companion = (kind: DeliverableKind) =>
    manifest.deliverables.find((d) => d.kind === kind && first && d.format === first.format && d.variantId === first.variantId);
  const poster = companion('poster');
  const captions = companion('captions');
  const report = manifest.deliverables.find((d) => d.kind === 'report' && d.mimeType === 'text/markdown');
  return {
    success: true,
    ...(first ? { videoUrl: path(first), duration: first.durationSec! } : {}),
    ...(videos.length ? { videos } : {}),
    ...(images.length ? { images } : {}),
    ...(poster ? { posterUrl: path(poster) } : {}),
    ...(captions ? { captionsUrl: path(captions) } : {}),
    ...(report ? { reportUrl: path(report) } : {}),
    summary: describeDeliverables(manifest),
  };
}
