import { stat, writeFile } from 'node:fs/promises';
import { findVariant } from '../frames/find-variant.ts';
import { writeAtomically } from '../output/partial-file.ts';
import type { Storyboard } from '../../storyboard.ts';
import { captionCues, type CaptionCue } from './caption-cues.ts';

export interface CaptionsRequest {
  storyboard: Storyboard;
  variantId: string;
  /** A .vtt file. */
  outFile: string;
}

export interface CaptionsFile {
  path: string;
  cues: number;
  bytes: number;
}

/** WebVTT captions for a variant: what the voice says (or the on-screen lines when the voice is off). */
export async function writeCaptions(request: CaptionsRequest): Promise<CaptionsFile> {
  const variant = findVariant(request.storyboard, request.variantId);
  const cues = captionCues(variant.scenes, request.storyboard.voice.enabled, variant.durationSec);
  await writeAtomically(request.outFile, (partial) => writeFile(partial, webVtt(cues)));
  const { size } = await stat(request.outFile);
  return { path: request.outFile, cues: cues.length, bytes: size };
}

export function webVtt(cues: readonly CaptionCue[]): string {
  const blocks = cues.map((cue, i) => `${i + 1}\n${timestamp(cue.start)} --> ${timestamp(cue.end)}\n${cue.lines.map(escapeCue).join('\n')}`);
  return `WEBVTT\n\n${blocks.join('\n\n')}\n`;
}

function timestamp(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
}

/** Cue text may not contain "-->" and must escape the characters VTT gives meaning to. */
function escapeCue(line: string): string {
  return line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
