import type { FfmpegFeatures } from '../ffmpeg/ffmpeg-features.ts';
import type { VoiceLine } from './voice-lines.ts';

export interface MixPlan {
  durationSec: number;
  /** The music bed WAV, when music is on. */
  music?: string;
  voices: readonly VoiceLine[];
  features: FfmpegFeatures;
  outFile: string;
}

/** Fastest a line may be sped up before it is trimmed instead: beyond this speech stops sounding human. */
const maxTempo = 1.4;
const fadeOut = 0.15;
const stereo48k = 'aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo';

/**
 * The ffmpeg arguments that turn voice lines and a music bed into one AAC track: each line
 * placed at its scene's start (sped up to 1.4× when long, then trimmed with a fade), the music
 * ducked under the voice by a sidechain compressor, the whole normalised to -16 LUFS. A build
 * without a filter gets the nearest plain equivalent and a notice saying what was lost.
 */
export function audioMixArgs(plan: MixPlan): { args: string[]; notices: string[] } {
  const { features } = plan;
  const d = plan.durationSec.toFixed(3);
  const inputs: string[] = [];
  const graph: string[] = [];
  const notices: string[] = [];
  const fit = `apad,atrim=end=${d}`;

  if (plan.music) {
    inputs.push('-i', plan.music);
    graph.push(`[0:a]${stereo48k},volume=0.55,${fit}[music]`);
  }
  plan.voices.forEach((line, i) => {
    inputs.push('-i', line.path);
    const steps = [stereo48k];
    let length = line.natural;
    if (length > line.room && features.atempo) {
      const tempo = Math.min(maxTempo, length / line.room);
      steps.push(`atempo=${tempo.toFixed(3)}`);
      length /= tempo;
    } else if (length > line.room && !notices.some((n) => n.includes('atempo'))) {
      notices.push('This ffmpeg build lacks atempo: long voice lines were trimmed rather than sped up.');
    }
    if (length > line.room) steps.push(`atrim=end=${line.room.toFixed(3)}`, `afade=t=out:st=${Math.max(0, line.room - fadeOut).toFixed(3)}:d=${fadeOut}`);
    const delay = Math.round(line.start * 1000);
    steps.push(`adelay=${delay}|${delay}`, fit);
    const input = plan.music ? i + 1 : i;
    graph.push(`[${input}:a]${steps.join(',')}[v${i}]`);
  });

  const voiceCount = plan.voices.length;
  if (voiceCount > 1) graph.push(`${plan.voices.map((_, i) => `[v${i}]`).join('')}${amix(voiceCount, features)}[voice]`);
  else if (voiceCount === 1) graph.push('[v0]anull[voice]');

  if (plan.music && voiceCount > 0) {
    if (features.sidechaincompress) {
      graph.push('[voice]asplit=2[key][spoken]', '[music][key]sidechaincompress=threshold=0.02:ratio=8:attack=20:release=400[bed]');
    } else {
      graph.push('[voice]anull[spoken]', '[music]volume=0.4[bed]');
      notices.push('This ffmpeg build lacks sidechaincompress: the music sits lower under the whole voice-over instead of ducking.');
    }
    graph.push(`[bed][spoken]${amix(2, features)}[mix]`);
  } else if (plan.music) graph.push('[music]anull[mix]');
  else if (voiceCount > 0) graph.push('[voice]anull[mix]');
  else graph.push(`anullsrc=r=48000:cl=stereo,atrim=end=${d}[mix]`);

  if (features.loudnorm) graph.push(`[mix]loudnorm=I=-16:TP=-1.5:LRA=11,${stereo48k},${fit}[out]`);
  else {
    graph.push(`[mix]${fit}[out]`);
    notices.push('This ffmpeg build lacks loudnorm: the soundtrack was mixed but not loudness-normalised.');
  }

  const args = [
    '-hide_banner', '-nostats', '-loglevel', 'error', ...inputs,
    '-filter_complex', graph.join(';'), '-map', '[out]',
    '-c:a', 'aac', '-aac_coder', 'fast', '-b:a', '160k', '-ar', '48000', '-ac', '2', '-t', d, '-f', 'mp4', '-y', plan.outFile,
  ];
  return { args, notices };
}

/** Sums inputs at unity gain (older amix always divides by the input count: undo it). */
function amix(count: number, features: FfmpegFeatures): string {
  const base = `amix=inputs=${count}:duration=first:dropout_transition=0`;
  return features.amixNormalize ? `${base}:normalize=0` : `${base},volume=${count}`;
}
