import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { CinematicAdsError } from '../../../contract/errors.ts';
import { cancelled } from '../ffmpeg/ffmpeg-process.ts';
import type { SpeechRequest, VoiceProvider } from '../providers/media-provider-types.ts';
import { stderrTail } from '../ffmpeg/stderr-tail.ts';
import { wavDuration } from './wav-file.ts';

export const espeakMissingNotice = 'espeak-ng not found: voice-over skipped, captions only (apt-get install espeak-ng)';

/**
 * The offline voice: the `espeak-ng` binary writes a WAV in milliseconds. Text goes in on stdin
 * (never as an argument, so a line starting with "-" is still just words).
 */
export function espeakVoice(options: { binary?: string } = {}): VoiceProvider {
  const binary = options.binary ?? 'espeak-ng';
  let availability: Promise<string | undefined> | undefined;
  return {
    kind: 'voice',
    id: 'espeak-ng',
    unavailableReason() {
      availability ??= speak(binary, ['--version'], '').then(
        () => undefined,
        () => espeakMissingNotice,
      );
      return availability;
    },
    async synthesize(request: SpeechRequest) {
      const args = ['-v', request.voice, '-s', String(Math.round(request.wordsPerMinute)), '-w', request.outFile, '--stdin'];
      await speak(binary, args, request.text, request.signal);
      return { path: request.outFile, durationSec: wavDuration(await readFile(request.outFile)) };
    },
  };
}

function speak(binary: string, args: string[], text: string, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(cancelled(signal));
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ['pipe', 'ignore', 'pipe'], ...(signal ? { signal } : {}) });
    const tail = stderrTail(8);
    child.stderr?.on('data', (chunk: Buffer) => tail.push(chunk));
    child.stdin?.on('error', () => {});
    child.stdin?.end(text);
    child.once('error', (error) => reject(signal?.aborted ? cancelled(signal) : error));
    child.once('close', (code) => {
      if (signal?.aborted) reject(cancelled(signal));
      else if (code === 0) resolve();
      else reject(new CinematicAdsError('render_failed', `espeak-ng exited with code ${code}: ${tail.lines().join(' ')}`));
    });
  });
}
