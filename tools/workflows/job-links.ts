import type { WorkflowJob } from '../../src/contract/schemas/workflow-job.ts';
import type { ToolLink } from '../tool-definition.ts';

/** The deliverables a person asked for; scripts and storyboards are working files (get_workflow lists them). */
const deliverableKinds = new Set(['video', 'poster', 'image', 'captions', 'report']);

/** A job's files as resource links: the signed URL, a file name and its media type. */
export function jobLinks(job: WorkflowJob, options: { storyboard?: boolean } = {}): ToolLink[] {
  const result = job.result?.success ? job.result : undefined;
  return job.artifacts
    .filter((artifact) => deliverableKinds.has(artifact.kind) || (options.storyboard && artifact.kind === 'storyboard'))
    .map((artifact) => {
      const video = result?.videos?.find((candidate) => candidate.url === artifact.url);
      const image = result?.images?.find((candidate) => candidate.url === artifact.url);
      const size = video ?? image;
      const details = [artifact.format, size && `${size.width}×${size.height}`, video && `${video.duration} s`].filter(Boolean).join(', ');
      return {
        uri: artifact.url,
        name: fileNameOf(artifact.url, artifact.kind),
        mimeType: artifact.contentType,
        description: details ? `${artifact.kind} (${details})` : artifact.kind,
      };
    });
}

function fileNameOf(url: string, fallback: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() || fallback);
  } catch {
    return fallback;
  }
}

/** Largest image embedded in a result: a poster or a small-format static, not a full-size print. */
const maxEmbeddedBytes = 512 * 1024;
const maxEmbeddedImages = 4;

/** Posters and still images as image content, for clients that show them inline; only small ones, only when readable. */
export async function embeddedImages(job: WorkflowJob, readMedia: ((url: string) => Promise<{ bytes: Uint8Array; mimeType: string } | null>) | undefined) {
  if (!readMedia) return [];
  const images: Array<{ data: string; mimeType: string }> = [];
  for (const artifact of job.artifacts) {
    if (images.length >= maxEmbeddedImages) break;
    if (artifact.kind !== 'poster' && artifact.kind !== 'image') continue;
    const media = await readMedia(artifact.url).catch(() => null);
    if (!media || media.bytes.byteLength > maxEmbeddedBytes || !media.mimeType.startsWith('image/')) continue;
    images.push({ data: Buffer.from(media.bytes).toString('base64'), mimeType: media.mimeType });
  }
  return images;
}
