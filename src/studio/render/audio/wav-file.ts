import { CinematicAdsError } from '../../../contract/errors.ts';

/** 16-bit PCM WAV from float channels (-1..1), interleaved. */
export function encodeWav(channels: readonly Float32Array[], sampleRate: number): Buffer {
  const count = channels.length;
  const frames = channels[0]?.length ?? 0;
  const dataBytes = frames * count * 2;
  const out = Buffer.alloc(44 + dataBytes);
  out.write('RIFF', 0, 'ascii');
  out.writeUInt32LE(36 + dataBytes, 4);
  out.write('WAVEfmt ', 8, 'ascii');
  out.writeUInt32LE(16, 16);
  out.writeUInt16LE(1, 20);
  out.writeUInt16LE(count, 22);
  out.writeUInt32LE(sampleRate, 24);
  out.writeUInt32LE(sampleRate * count * 2, 28);
  out.writeUInt16LE(count * 2, 32);
  out.writeUInt16LE(16, 34);
  out.write('data', 36, 'ascii');
  out.writeUInt32LE(dataBytes, 40);
  // WAV is little-endian, as is every platform Node runs on: write through a typed view.
  const samples = new Int16Array(out.buffer, out.byteOffset + 44, frames * count);
  channels.forEach((channel, c) => {
    for (let i = 0; i < frames; i++) samples[i * count + c] = Math.round(Math.max(-1, Math.min(1, channel[i] ?? 0)) * 32767);
  });
  return out;
}

/** Duration of a PCM WAV from its header (walks the chunks; espeak-ng writes a streaming header). */
export function wavDuration(wav: Buffer): number {
  if (wav.toString('ascii', 0, 4) !== 'RIFF' || wav.toString('ascii', 8, 12) !== 'WAVE') {
    throw new CinematicAdsError('render_failed', 'The voice engine did not write a WAV file');
  }
  let byteRate = 0;
  let offset = 12;
  while (offset + 8 <= wav.length) {
    const id = wav.toString('ascii', offset, offset + 4);
    const size = wav.readUInt32LE(offset + 4);
    if (id === 'fmt ') byteRate = wav.readUInt32LE(offset + 16);
    if (id === 'data') {
      // A streamed header may carry a placeholder size: trust the bytes actually present.
      const bytes = Math.min(size, wav.length - offset - 8);
      return byteRate > 0 ? bytes / byteRate : 0;
    }
    offset += 8 + size + (size % 2);
  }
  return 0;
}
