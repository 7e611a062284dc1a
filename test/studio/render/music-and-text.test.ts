import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { synthesizeMusicBed } from '../../../src/studio/render/audio/music-bed.ts';
import { encodeWav, wavDuration } from '../../../src/studio/render/audio/wav-file.ts';
import { registerStudioFonts } from '../../../src/studio/render/canvas/studio-fonts.ts';
import { fitText } from '../../../src/studio/render/canvas/text-layout.ts';

describe('music bed', () => {
  it('is deterministic per seed, faded at both ends and never clips', () => {
    const a = synthesizeMusicBed({ durationSec: 4, bpm: 120, mood: 'bright', seed: 'v1', sampleRate: 8000 });
    const b = synthesizeMusicBed({ durationSec: 4, bpm: 120, mood: 'bright', seed: 'v1', sampleRate: 8000 });
    const c = synthesizeMusicBed({ durationSec: 4, bpm: 120, mood: 'bright', seed: 'v2', sampleRate: 8000 });
    expect(a[0]).toEqual(b[0]);
    expect(a[0]).not.toEqual(c[0]);
    expect(a[0].length).toBe(32000);
    const peak = Math.max(...a[0].map(Math.abs), ...a[1].map(Math.abs));
    expect(peak).toBeGreaterThan(0.5);
    expect(peak).toBeLessThanOrEqual(0.81);
    expect(Math.abs(a[0][0]!)).toBeLessThan(0.01);
    expect(Math.abs(a[0].at(-1)!)).toBeLessThan(0.01);
  });

  it('round-trips through a WAV header', () => {
    const wav = encodeWav(synthesizeMusicBed({ durationSec: 2, bpm: 90, mood: 'calm', seed: 's', sampleRate: 8000 }), 8000);
    expect(wavDuration(wav)).toBeCloseTo(2, 3);
  });
});

describe('fitText', () => {
  registerStudioFonts();
  const ctx = createCanvas(800, 800).getContext('2d');
  const style = { family: 'Inter' as const, weight: 800, lineHeight: 1.1, align: 'left' as const };

  it('wraps to the box width and picks the largest size that fits', () => {
    const small = fitText(ctx, 'Cold-pressed in small batches every morning', style, { x: 0, y: 0, width: 400, height: 300 }, { maxSize: 200, minSize: 10 });
    const large = fitText(ctx, 'Cold-pressed in small batches every morning', style, { x: 0, y: 0, width: 800, height: 600 }, { maxSize: 200, minSize: 10 });
    expect(large.size).toBeGreaterThan(small.size);
    for (const block of [small, large]) {
      expect(block.lines.length).toBeGreaterThan(1);
      expect(block.bounds.height).toBeLessThanOrEqual(block === small ? 300 : 600);
      ctx.font = block.font;
      for (const line of block.lines) expect(ctx.measureText(line.text).width).toBeLessThanOrEqual(block === small ? 400.5 : 800.5);
    }
  });

  it('ends with an ellipsis rather than spilling when even the smallest size does not fit', () => {
    const block = fitText(ctx, 'word '.repeat(200), style, { x: 0, y: 0, width: 200, height: 60 }, { maxSize: 40, minSize: 20 });
    expect(block.size).toBe(20);
    expect(block.bounds.height).toBeLessThanOrEqual(60);
    expect(block.lines.at(-1)?.text.endsWith('…')).toBe(true);
  });
});
