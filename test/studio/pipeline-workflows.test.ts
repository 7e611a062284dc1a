import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workflowCatalog, workflowTypes, type WorkflowType } from '../../src/contract/workflow-catalog.ts';
import { resolveBrief } from '../../src/studio/brief.ts';
import type { Manifest } from '../../src/studio/manifest.ts';
import { runStudio } from '../../src/studio/pipeline.ts';
import { probeMedia } from '../../src/studio/render/index.ts';
import { frameSize } from '../../src/studio/render-size.ts';
import type { Storyboard } from '../../src/studio/storyboard.ts';
import { colorShare, lumaVariance, readPng } from '../fixtures/pixels.ts';
import { testDir } from '../fixtures/temp-dir.ts';

const brand = {
  name: 'Maison Lune',
  industry: 'fragrance',
  tone: 'luxurious, warm',
  targetAudience: 'women 30-45 who buy niche perfume',
  colors: { primary: '#c8a24a', secondary: '#1b1410', accent: '#f3e3b5' },
};
const source = {
  url: 'https://maison-lune.example/products/nuit-doree',
  title: 'Nuit Dorée Eau de Parfum',
  description: 'An amber and jasmine eau de parfum that lasts twelve hours on skin.',
  price: '€89',
  claims: ['Lasts 12 hours', 'Refilled in Grasse since 1921', 'Vegan and cruelty-free', 'Rated 4.8 by 2,300 customers'],
  headings: ['A scent for golden evenings', 'Why it lasts', 'What customers say', 'Refill, do not rebuy'],
  signals: { address: '12 Rue des Fleurs, Grasse', phone: '+33 4 93 00 00 00', rating: 4.8, reviewCount: 2300, https: true },
};

/** A brief that satisfies each type's requirements, close to what a customer would send. */
function briefFor(type: WorkflowType): unknown {
  const concept = 'Luxury perfume ad with golden tones';
  const needsUrl = type === 'clone' || type === 'factory' || type === 'local-audit' || type === 'ad-optimizer';
  return { type, concept, brand, source, ...(needsUrl ? { url: source.url } : {}) };
}

const root = testDir('workflows');

describe.each(workflowTypes)('the %s workflow at small size', (type) => {
  it('produces its deliverables, each checked on disk', async () => {
    const outDir = join(root, type);
    const events: string[] = [];
    const outcome = await runStudio({
      brief: resolveBrief(briefFor(type)),
      outDir,
      size: 'small',
      onEvent: (event) => event.kind === 'step' && events.push(`${event.step}:${event.status}`),
    });
    expect(outcome.status).toBe('completed');
    const manifest = (outcome as { manifest: Manifest }).manifest;
    expect(JSON.parse(await readFile(join(outDir, 'manifest.json'), 'utf8'))).toEqual(manifest);

    const spec = workflowCatalog[type];
    expect(events).toEqual(spec.steps.flatMap(({ step }) => [`${step}:started`, `${step}:completed`]));
    expect(manifest.steps.map((s) => s.step)).toEqual(spec.steps.map((s) => s.step));

    const kinds = new Set(manifest.deliverables.map((d) => d.kind));
    if (spec.output === 'video') await checkVideos(outDir, manifest);
    if (spec.output === 'image' || type === 'painpoint') await checkStills(outDir, manifest);
    if (spec.output === 'report') {
      expect(kinds).toContain('report');
      const report = JSON.parse(await readFile(join(outDir, 'report.json'), 'utf8')) as Record<string, unknown>;
      expect(Object.keys(report).length).toBeGreaterThan(2);
      expect(await readFile(join(outDir, 'report.md'), 'utf8')).toMatch(/^# /m);
    }
  });
});

async function checkVideos(outDir: string, manifest: Manifest): Promise<void> {
  const storyboard = JSON.parse(await readFile(join(outDir, 'storyboard.json'), 'utf8')) as Storyboard;
  const videos = manifest.deliverables.filter((d) => d.kind === 'video');
  const spec = workflowCatalog[manifest.type];
  expect(videos).toHaveLength(manifest.formats.length * spec.tiers[manifest.quality].variants);
  expect(manifest.deliverables.filter((d) => d.kind === 'poster')).toHaveLength(videos.length);
  expect(manifest.deliverables.filter((d) => d.kind === 'captions')).toHaveLength(videos.length);
  const withSound = storyboard.voice.enabled || storyboard.music.enabled;

  for (const video of videos) {
    const variant = storyboard.variants.find((v) => v.variantId === video.variantId)!;
    const info = await probeMedia(join(outDir, video.path));
    const picture = info.streams.find((s) => s.type === 'video');
    expect(picture?.codec).toBe('h264');
    expect({ width: picture?.width, height: picture?.height }).toEqual(frameSize(video.format!, 'small'));
    expect(Math.abs(info.durationSec - variant.durationSec)).toBeLessThanOrEqual(0.1);
    expect(info.streams.some((s) => s.type === 'audio' && s.codec === 'aac')).toBe(withSound);

    const captions = await readFile(join(outDir, video.path.replace(/\.mp4$/, '.vtt')), 'utf8');
    expect(captions.startsWith('WEBVTT')).toBe(true);
  }
  for (const poster of manifest.deliverables.filter((d) => d.kind === 'poster')) {
    expectOnBrand(await readPng(join(outDir, poster.path)), storyboard);
  }
}

async function checkStills(outDir: string, manifest: Manifest): Promise<void> {
  const storyboard = JSON.parse(await readFile(join(outDir, 'storyboard.json'), 'utf8')) as Storyboard;
  const stills = manifest.deliverables.filter((d) => d.kind === 'image');
  expect(stills.length).toBe(manifest.formats.length * storyboard.variants.length);
  for (const still of stills) {
    const pixels = await readPng(join(outDir, still.path));
    expect({ width: pixels.width, height: pixels.height }).toEqual(frameSize(still.format!, 'small'));
    expectOnBrand(pixels, storyboard);
  }
}

/** The brand's colors show, and the picture is not a blank field. */
function expectOnBrand(pixels: Awaited<ReturnType<typeof readPng>>, storyboard: Storyboard): void {
  const { primary, accent, background } = storyboard.palette;
  expect(primary).toBe(brand.colors.primary);
  const branded = Math.max(colorShare(pixels, primary, 40, 4), colorShare(pixels, accent, 40, 4), colorShare(pixels, background, 30, 4));
  expect(branded).toBeGreaterThan(0.02);
  expect(lumaVariance(pixels, { x: 0, y: 0, width: pixels.width, height: pixels.height })).toBeGreaterThan(50);
}
