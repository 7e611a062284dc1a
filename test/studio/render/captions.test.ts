import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captionCues, maxLineLength, wrapCaption } from '../../../src/studio/render/captions/caption-cues.ts';
import { writeCaptions } from '../../../src/studio/render/index.ts';
import type { Scene } from '../../../src/studio/storyboard.ts';
import { everyLayoutStoryboard } from '../../fixtures/sample-storyboard.ts';
import { testDir } from '../../fixtures/temp-dir.ts';

const dir = testDir('captions');
const scene = (id: string, start: number, duration: number, voiceOver: string, onScreen = 'On screen'): Scene => ({
  id,
  beatId: id,
  start,
  duration,
  shot: 'shot',
  layout: 'hero',
  motion: 'static',
  onScreen,
  voiceOver,
});

describe('captions', () => {
  it('keeps every line within 42 characters and every cue inside its scene', () => {
    const long = 'Cold-pressed every morning from fruit picked the day before, bottled without a single gram of added sugar, delivered chilled.';
    const scenes = [scene('a', 0, 3, long), scene('b', 3, 2, 'Short line.')];
    const cues = captionCues(scenes, true, 5);
    expect(cues.length).toBeGreaterThan(2);
    for (const cue of cues) {
      expect(cue.lines.length).toBeLessThanOrEqual(2);
      for (const line of cue.lines) expect(line.length).toBeLessThanOrEqual(maxLineLength);
      const owner = cue.start < 3 ? scenes[0]! : scenes[1]!;
      expect(cue.start).toBeGreaterThanOrEqual(owner.start);
      expect(cue.end).toBeLessThanOrEqual(owner.start + owner.duration + 1e-9);
      expect(cue.end).toBeGreaterThan(cue.start);
    }
    expect(cues.flatMap((cue) => cue.lines).join(' ')).toBe(`${long} Short line.`);
  });

  it('uses the on-screen lines when the voice is off or a scene is silent', () => {
    const cues = captionCues([scene('a', 0, 2, 'Spoken words'), scene('b', 2, 2, '', 'Only on screen')], false, 4);
    expect(cues.map((cue) => cue.lines.join(' '))).toEqual(['On screen', 'Only on screen']);
    expect(captionCues([scene('a', 0, 2, '', 'Shown')], true, 2)[0]?.lines).toEqual(['Shown']);
  });

  it('breaks a word longer than a line', () => {
    expect(wrapCaption('a '.concat('x'.repeat(50)), 42)).toEqual(['a', 'x'.repeat(42), 'x'.repeat(8)]);
  });

  it('writes WebVTT with escaped cue text', async () => {
    const storyboard = everyLayoutStoryboard();
    storyboard.variants[0]!.scenes[0]!.voiceOver = 'Salt & pepper <b>now</b>';
    const file = await writeCaptions({ storyboard, variantId: 'v1', outFile: join(dir, 'ad.vtt') });
    const text = await readFile(file.path, 'utf8');
    expect(text.startsWith('WEBVTT\n\n1\n00:00:00.000 --> ')).toBe(true);
    expect(text).toContain('Salt &amp; pepper &lt;b&gt;now&lt;/b&gt;');
    expect(file.cues).toBe(9);
    expect(text.trimEnd().endsWith('Order today.')).toBe(true);
  });
});
