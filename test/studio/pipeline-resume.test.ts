import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CinematicAdsError } from '../../src/contract/errors.ts';
import { resolveBrief } from '../../src/studio/brief.ts';
import { replaceStoryboard, runStudio, type StudioOutcome } from '../../src/studio/pipeline.ts';
import { directoryStepStore } from '../../src/studio/step-store.ts';
import type { Storyboard } from '../../src/studio/storyboard.ts';
import { testDir } from '../fixtures/temp-dir.ts';

const root = testDir('resume');
const brief = resolveBrief({ type: 'cinematic', concept: 'A rain jacket that packs into its own pocket', brand: { name: 'Drift' } });

function completed(outcome: StudioOutcome) {
  if (outcome.status !== 'completed') throw new Error(`expected a completed run, got ${outcome.status}`);
  return outcome.manifest;
}

describe('runStudio', () => {
  it('stops cleanly when cancelled mid-render and resumes from the last completed step', async () => {
    const outDir = join(root, 'cancelled');
    const controller = new AbortController();
    const run = runStudio({
      brief,
      outDir,
      size: 'small',
      signal: controller.signal,
      onEvent: (event) => event.kind === 'progress' && event.step === 'video_generation' && event.progress > 30 && controller.abort(),
    });
    await expect(run).rejects.toSatisfy((error) => CinematicAdsError.is(error) && error.code === 'conflict');
    // Nothing half-written looks finished: no manifest, no final video.
    expect(existsSync(join(outDir, 'manifest.json'))).toBe(false);
    expect((await readdir(outDir)).filter((name) => name.endsWith('.mp4'))).toEqual([]);

    const manifest = completed(await runStudio({ brief, outDir, size: 'small' }));
    expect(manifest.steps.map((s) => `${s.step}:${s.status}`)).toEqual([
      'research:resumed',
      'script:resumed',
      'art_direction:resumed',
      'video_generation:completed',
      'audio:completed',
      'compose:completed',
    ]);
    expect(manifest.deliverables.filter((d) => d.kind === 'video')).toHaveLength(1);
    expect(existsSync(join(outDir, '.work'))).toBe(false);
  });

  it('pauses after art direction for review, then renders the reviewer-edited storyboard', async () => {
    const outDir = join(root, 'review');
    const store = directoryStepStore(join(outDir, '.steps'));
    const paused = await runStudio({ brief, outDir, size: 'small', steps: store, review: { approved: false } });
    if (paused.status !== 'suspended') throw new Error('expected the run to pause for review');
    expect(paused.progress).toBe(20);
    expect(existsSync(join(outDir, 'manifest.json'))).toBe(false);

    const edited: Storyboard = structuredClone(paused.storyboard);
    edited.variants[0]!.scenes[0]!.onScreen = 'Rain? Packed.';
    await replaceStoryboard(store, edited);
    const manifest = completed(await runStudio({ brief, outDir, size: 'small', steps: store, review: { approved: true } }));
    expect(manifest.steps.find((s) => s.step === 'art_direction')?.status).toBe('resumed');
    const { readFile } = await import('node:fs/promises');
    const rendered = JSON.parse(await readFile(join(outDir, 'storyboard.json'), 'utf8')) as Storyboard;
    expect(rendered.variants[0]!.scenes[0]!.onScreen).toBe('Rain? Packed.');
  });

  it('redoes art direction with the reviewer notes on revise', async () => {
    const outDir = join(root, 'revise');
    const store = directoryStepStore(join(outDir, '.steps'));
    const first = await runStudio({ brief, outDir, size: 'small', steps: store, review: { approved: false } });
    if (first.status !== 'suspended') throw new Error('expected a pause');
    expect(first.storyboard.music.enabled).toBe(true);

    await store.delete('art_direction');
    const revised = await runStudio({ brief, outDir, size: 'small', steps: store, review: { approved: false, notes: 'no music please' } });
    if (revised.status !== 'suspended') throw new Error('expected a second pause');
    expect(revised.storyboard.music.enabled).toBe(false);
  });

  it('rejects an unknown model id before doing any work', async () => {
    const outDir = join(root, 'unknown-model');
    const bad = resolveBrief({ type: 'cinematic', concept: 'x', models: { voice: 'nope' } });
    await expect(runStudio({ brief: bad, outDir, size: 'small' })).rejects.toThrow('unknown voice model "nope"; available: espeak-ng');
    expect(existsSync(join(outDir, '.steps'))).toBe(false);
  });
});
