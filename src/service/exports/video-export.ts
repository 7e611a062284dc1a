import type { BinaryResponse } from '../../contract/operations.ts';
import { createSafeFetch } from '../../net/safe-fetch.ts';
import type { ExportSettings } from './export-settings.ts';
import { openOwnVideo, type OwnVideoDeps } from './own-video.ts';
import { fetchRemoteVideo } from './remote-video.ts';
import { classifyVideoSource } from './video-source.ts';

export interface VideoExportDeps extends OwnVideoDeps {
  settings: ExportSettings;
  publicUrl: string;
}

/** `GET /api/export`: one MP4, from this server's storage or an allowed HTTPS host. */
export type VideoExport = (accountId: string, source: string, signal?: AbortSignal) => Promise<BinaryResponse>;

export function createVideoExport(deps: VideoExportDeps): VideoExport {
  const { settings } = deps;
  // Its own policy: HTTPS only and the allowed hosts on every hop; no hosts configured means no fetch at all.
  const fetch =
    settings.allowedHosts.length > 0
      ? createSafeFetch({ protocols: ['https'], allowHosts: settings.allowedHosts, allowPrivateFor: settings.allowPrivateFor, maxBytes: settings.maxBytes, timeoutMs: settings.timeoutMs })
      : undefined;
  return async (accountId, source, signal) => {
    const target = classifyVideoSource(source, { publicUrl: deps.publicUrl, allowedHosts: settings.allowedHosts });
    if (target.kind === 'own') return openOwnVideo(deps, accountId, target.mediaPath, target.query);
    // classifyVideoSource accepts a remote host only when one is allowed, so the fetch exists here.
    return fetchRemoteVideo(fetch!, target.url, settings, signal);
  };
}
