/**
 * The studio's pixels and sound: storyboard in, real media files out, all on this machine.
 *
 * Video
 * - `renderVideoTrack({ storyboard, variantId, format, size, crf, images, outFile, brandName?, tools?, signal?, onProgress? })`
 *   → `{ path, width, height, durationSec, frames, bytes, notices, encoder? }`: a silent H.264 MP4. Frames are
 *   painted with @napi-rs/canvas (bundled fonts, brand palette, one painter per layout that reflows per
 *   format, text inside platform safe zones) and piped raw to ffmpeg (libx264 veryfast, CRF from the tier).
 * - `renderAudioTrack({ storyboard, variantId, outFile, tools?, voice?, ffmpeg?, signal? })`
 *   → `{ path, durationSec, hasVoice, hasMusic, notices } | null`: espeak-ng voice-over per scene over a
 *   generated music bed, ducked and normalised to -16 LUFS, AAC in .m4a. Null when voice and music are off.
 * - `muxVideoAndAudio({ video, audio?, outFile, durationSec?, tools?, signal? })` → `{ path, durationSec, bytes, hasAudio }`:
 *   both tracks in one MP4 by stream copy, cut to the video's length, +faststart.
 *
 * Pictures and text
 * - `renderPoster({ storyboard, variantId, format, size, images, outFile })`: the hook scene once legible (.jpg or .png).
 * - `renderStill({ storyboard, variantId, sceneId?, format, size, images, outFile })`: any scene as an image (static ads).
 * - `writeCaptions({ storyboard, variantId, outFile })`: WebVTT, cues inside scene times, lines ≤ 42 characters.
 *
 * Tools and providers
 * - `locateFfmpeg({ path? })`: the system ffmpeg, else @ffmpeg-installer's, with its features (cached).
 * - `probeMedia(path)` → `{ durationSec, streams: [{ type, codec, width?, height?, frames? }] }` via ffprobe.
 * - `mediaProviders({ image?, video?, voice? }, catalog?)`: resolves capability ids ('offline-canvas',
 *   'offline-motion', 'espeak-ng', or any provider a deployment adds to the catalog).
 *
 * Every file is written under a hidden temporary name and renamed when complete. Failures are
 * `CinematicAdsError`s: `dependency_missing` (no ffmpeg), `render_failed` (with ffmpeg's last
 * stderr lines), `invalid_request` (unknown variant, scene or model), `conflict` (cancelled).
 * Degradations (no espeak-ng, an unreadable image, a filter missing) are notices, not failures.
 */
export { renderAudioTrack, type AudioTrack, type AudioTrackRequest } from './audio/render-audio-track.ts';
export { espeakMissingNotice, espeakVoice } from './audio/espeak-voice.ts';
export { writeCaptions, type CaptionsFile, type CaptionsRequest } from './captions/write-captions.ts';
export { type FfmpegFeatures } from './ffmpeg/ffmpeg-features.ts';
export { type FfmpegStats } from './ffmpeg/ffmpeg-benchmark.ts';
export { ffmpegMissingMessage, locateFfmpeg, type FfmpegInstallation } from './ffmpeg/locate-ffmpeg.ts';
export { probeMedia, type MediaInfo, type MediaStream } from './ffmpeg/probe-media.ts';
export { safeZone } from './canvas/safe-zone.ts';
export {
  type ImageProvider,
  type SpeechRequest,
  type VideoProvider,
  type VoiceProvider,
} from './providers/media-provider-types.ts';
export { mediaProviders, type MediaSelection, type SelectedProviders } from './providers/media-providers.ts';
export { offlineCanvasImages, offlineMotionVideo, offlineProviders, type MediaProviderCatalog } from './providers/offline-providers.ts';
export { type PictureRequest, type RenderTools } from './render-request.ts';
export { renderPoster, type PosterRequest } from './stills/render-poster.ts';
export { renderStill, type StillRequest, type StillResult } from './stills/render-still.ts';
export { muxVideoAndAudio, type MuxedVideo, type MuxRequest } from './video/mux-video-audio.ts';
export { renderVideoTrack, type VideoTrack, type VideoTrackRequest } from './video/render-video-track.ts';
