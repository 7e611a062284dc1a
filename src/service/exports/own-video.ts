import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { CinematicAdsError } from '../../contract/errors.ts';
import type { BinaryResponse } from '../../contract/operations.ts';
import type { JobRepository } from '../jobs/job-repository.ts';
import type { OpenedMedia } from '../media/open-media.ts';

export interface OwnVideoDeps {
  /** The file behind a signed media path, or null (bad or expired signature, unknown file). */
  openMedia: (path: string, query: URLSearchParams) => Promise<OpenedMedia | null>;
  jobs: JobRepository;
}

const notFound = () => new CinematicAdsError('not_found', 'No such media file, or its link has expired');

/**
 * One of this server's signed media links, read straight from disk: no request to ourselves, so
 * it works whatever the public URL resolves to. The link must be valid and the job the caller's;
 * another account's link is the same 404 as an unknown one.
 */
export async function openOwnVideo(deps: OwnVideoDeps, accountId: string, mediaPath: string, query: URLSearchParams): Promise<BinaryResponse> {
  const media = await deps.openMedia(mediaPath, query);
  if (!media) throw notFound();
  const jobId = mediaPath.split('/')[2] ?? '';
  const job = await deps.jobs.get(jobId);
  if (!job || job.accountId !== accountId) throw notFound();
  if (media.contentType !== 'video/mp4') {
    throw new CinematicAdsError('invalid_request', `${basename(media.file)} is ${media.contentType}, not an MP4 video: export a video link (a result's videoUrl or videos[].url)`, {
      details: { field: 'source', contentType: media.contentType },
    });
  }
  // Opened now, so a file removed since the check is a 404 rather than a broken download.
  const handle = await open(media.file, 'r').catch(() => null);
  if (!handle) throw notFound();
  return {
    contentType: 'video/mp4',
    filename: `${jobId}-${basename(media.file)}`,
    body: Readable.toWeb(handle.createReadStream({ autoClose: true })) as ReadableStream<Uint8Array>,
  };
}
