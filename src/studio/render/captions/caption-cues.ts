import type { Scene } from '../../storyboard.ts';

export interface CaptionCue {
  start: number;
  end: number;
  /** One or two lines, each at most `maxLineLength` characters. */
  lines: string[];
}

export const maxLineLength = 42;
const linesPerCue = 2;

/**
 * Splits each scene's words into cues of up to two 42-character lines (the broadcast and
 * platform norm) and shares the scene's time between them by length, so every cue stays inside
 * its scene. `spoken` chooses the voice-over; otherwise (or when a scene has none) the on-screen line.
 */
export function captionCues(scenes: readonly Scene[], spoken: boolean, endOfVideo: number): CaptionCue[] {
  const cues: CaptionCue[] = [];
  for (const scene of [...scenes].sort((a, b) => a.start - b.start)) {
    const text = (spoken && scene.voiceOver.trim() !== '' ? scene.voiceOver : scene.onScreen).trim();
    if (text === '' || scene.start >= endOfVideo) continue;
    const lines = wrapCaption(text, maxLineLength);
    const groups: string[][] = [];
    for (let i = 0; i < lines.length; i += linesPerCue) groups.push(lines.slice(i, i + linesPerCue));
    const end = Math.min(scene.start + scene.duration, endOfVideo);
    const total = groups.reduce((sum, group) => sum + group.join(' ').length, 0);
    let cursor = scene.start;
    for (const group of groups) {
      const share = ((end - scene.start) * group.join(' ').length) / total;
      cues.push({ start: cursor, end: Math.min(end, cursor + share), lines: group });
      cursor += share;
    }
  }
  return cues;
}

/** Greedy word wrap; a word longer than a line is broken across lines. */
export function wrapCaption(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = word;
    while (rest.length > width) {
      if (current) lines.push(current);
      lines.push(rest.slice(0, width));
      rest = rest.slice(width);
      current = '';
    }
    if (current === '') current = rest;
    else if (current.length + 1 + rest.length <= width) current = `${current} ${rest}`;
    else {
      lines.push(current);
      current = rest;
    }
  }
  if (current) lines.push(current);
  return lines;
}
