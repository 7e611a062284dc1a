import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { CinematicAdsError } from '../../../contract/errors.ts';
import { probeFfmpegFeatures, type FfmpegFeatures } from './ffmpeg-features.ts';

export interface FfmpegInstallation {
  ffmpeg: string;
  /** Absent with the npm fallback build, which ships no ffprobe. */
  ffprobe?: string;
  origin: 'system' | 'npm' | 'configured';
  features: FfmpegFeatures;
}

export const ffmpegMissingMessage =
  'ffmpeg was not found. Install it with `apt-get install ffmpeg` (Debian/Ubuntu) or `brew install ffmpeg`, or set CINEMATICADS_FFMPEG to its path.';

const located = new Map<string, Promise<FfmpegInstallation>>();

/**
 * Finds a working ffmpeg once per process: the configured path (from CINEMATICADS_FFMPEG, read by
 * the configuration layer), else the system's (full-featured), else the one shipped by
 * `@ffmpeg-installer/ffmpeg`. Each candidate is run once to read its features.
 */
export function locateFfmpeg(options: { path?: string } = {}): Promise<FfmpegInstallation> {
  const key = options.path ?? '';
  let pending = located.get(key);
  if (!pending) {
    pending = findInstallation(options.path);
    located.set(key, pending);
    // A failed lookup is not cached: installing ffmpeg should not need a restart.
    pending.catch(() => located.delete(key));
  }
  return pending;
}

async function findInstallation(configured: string | undefined): Promise<FfmpegInstallation> {
  if (configured !== undefined) {
    const found = await tryCandidate(configured, 'configured');
    if (found) return found;
    throw new CinematicAdsError('dependency_missing', `${ffmpegMissingMessage} (The configured path ${configured} did not run.)`);
  }
  const system = await onPath('ffmpeg');
  const fromSystem = system ? await tryCandidate(system, 'system') : undefined;
  if (fromSystem) return fromSystem;
  const bundled = npmBinary();
  const fromNpm = bundled ? await tryCandidate(bundled, 'npm') : undefined;
  if (fromNpm) return fromNpm;
  throw new CinematicAdsError('dependency_missing', ffmpegMissingMessage);
}

async function tryCandidate(ffmpeg: string, origin: FfmpegInstallation['origin']): Promise<FfmpegInstallation | undefined> {
  try {
    const features = await probeFfmpegFeatures(ffmpeg);
    const ffprobe = await siblingProbe(ffmpeg);
    return { ffmpeg, ...(ffprobe ? { ffprobe } : {}), origin, features };
  } catch {
    return undefined;
  }
}

/** ffprobe next to ffmpeg first (same build), else any on PATH. */
async function siblingProbe(ffmpeg: string): Promise<string | undefined> {
  const sibling = join(dirname(ffmpeg), 'ffprobe');
  if (await isExecutable(sibling)) return sibling;
  return onPath('ffprobe');
}

async function onPath(name: string): Promise<string | undefined> {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, name);
    if (await isExecutable(candidate)) return candidate;
  }
  return undefined;
}

async function isExecutable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function npmBinary(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    return (require('@ffmpeg-installer/ffmpeg') as { path: string }).path;
  } catch {
    return undefined;
  }
}
