import { describe, expect, it } from 'vitest';
import { workflowCatalog, type Quality, type WorkflowType } from '../../../src/contract/workflow-catalog.ts';
import { storyboard as storyboardSchema, type Storyboard } from '../../../src/studio/storyboard.ts';
import { directArt } from '../../../src/studio/art-direction/direct-art.ts';
import { writeOfflineScript } from '../../../src/studio/copy/offline-copywriter.ts';
import { perfumeBrief } from '../copy/perfume-brief.ts';

function board(type: WorkflowType, quality: Quality = 'standard', overrides: Record<string, unknown> = {}): Storyboard {
  const brief = perfumeBrief({ type, quality, url: 'https://example.com/p', ...overrides });
  return directArt(brief, writeOfflineScript(brief));
}

const videoTypes: WorkflowType[] = ['cinematic', 'avatar', 'factory', 'clone', 'influencer', 'brand'];

describe('directArt: video storyboards', () => {
  it.each(videoTypes.flatMap((t) => [[t, 'standard'], [t, 'premium']] as Array<[WorkflowType, Quality]>))(
    '%s %s: valid, tier scene count, contiguous scenes that sum exactly to the tier duration',
    (type, quality) => {
      const sb = board(type, quality);
      expect(() => storyboardSchema.parse(sb)).not.toThrow();
      const tier = workflowCatalog[type].tiers[quality];
      expect(sb.variants).toHaveLength(tier.variants);
      for (const variant of sb.variants) {
        expect(variant.durationSec).toBe(tier.durationSec);
        expect(variant.scenes).toHaveLength(tier.scenes);
        expect(variant.scenes[0]!.start).toBe(0);
        variant.scenes.slice(1).forEach((scene, i) => {
          const previous = variant.scenes[i]!;
          expect(scene.start).toBeCloseTo(previous.start + previous.duration, 6);
        });
        const last = variant.scenes[variant.scenes.length - 1]!;
        expect(last.start + last.duration).toBeCloseTo(tier.durationSec, 6);
        expect(variant.scenes.every((s) => s.duration > 0)).toBe(true);
      }
    },
  );

  it('ends every variant on an end card with the headline, the call to action and the brand', () => {
    const brief = perfumeBrief({ type: 'factory', url: 'https://example.com/p' });
    const script = writeOfflineScript(brief);
    const sb = directArt(brief, script);
    sb.variants.forEach((variant, i) => {
      const end = variant.scenes[variant.scenes.length - 1]!;
      expect(end.layout).toBe('endcard');
      expect(end.onScreen).toBe(script.variants[i]!.headline);
      expect(end.details).toEqual([script.variants[i]!.cta, 'Maison Lumière']);
      expect(variant.scenes.filter((s) => s.layout === 'endcard')).toHaveLength(1);
    });
  });

  it('frames each type its own way', () => {
    const layouts = (sb: Storyboard) => sb.variants.flatMap((v) => v.scenes.map((s) => s.layout));
    const avatar = board('avatar');
    expect(layouts(avatar).filter((l) => l === 'presenter').length).toBeGreaterThanOrEqual(2);
    expect(avatar.presenter?.role).toContain('Maison Lumière');
    const influencer = board('influencer');
    expect(layouts(influencer)[0]).toBe('selfie');
    expect(influencer.variants[0]!.scenes[0]!.shot).toContain('caption');
    expect(influencer.presenter?.role).toBe('fragrance creator');
    const factory = board('factory');
    expect(layouts(factory)).toEqual(expect.arrayContaining(['product', 'split']));
    const cinematic = board('cinematic', 'standard', { source: undefined });
    expect(layouts(cinematic).slice(0, -1).every((l) => l === 'hero' || l === 'quote' || l === 'list' || l === 'card')).toBe(true);
    expect(cinematic.variants[0]!.scenes.map((s) => s.motion)).toEqual(expect.arrayContaining(['push']));
    expect(cinematic.presenter).toBeUndefined();
  });

  it('features source images by index in product cuts, and only indexes that exist', () => {
    const sb = board('factory');
    const indexed = sb.variants.flatMap((v) => v.scenes).filter((s) => s.imageIndex !== undefined);
    expect(indexed.length).toBeGreaterThan(0);
    expect(indexed.every((s) => s.imageIndex! < 2)).toBe(true);
    expect(new Set(indexed.map((s) => s.imageIndex))).toEqual(new Set([0, 1]));
    const noImages = board('factory', 'standard', { source: { title: 'Ambre Doré', claims: ['Long-lasting 12-hour wear'] } });
    expect(noImages.variants.flatMap((v) => v.scenes).some((s) => s.imageIndex !== undefined || s.layout === 'product')).toBe(false);
  });

  it('chooses type, music and voice from tone and type', () => {
    const luxury = board('cinematic');
    expect(luxury.typography.display).toBe('Playfair Display');
    expect(luxury.music).toMatchObject({ enabled: true, mood: 'warm' });
    expect(luxury.voice.enabled).toBe(true);
    const bold = board('cinematic', 'standard', { brand: { name: 'Volt', tone: 'bold, energetic', industry: 'fitness' } });
    expect(bold.typography).toMatchObject({ display: 'Bebas Neue', uppercaseHeadlines: true });
    expect(bold.music.bpm).toBeGreaterThan(luxury.music.bpm + 30);
    const plain = board('cinematic', 'standard', { brand: { name: 'Ledger', tone: 'clear and helpful', industry: 'accounting software' } });
    expect(plain.typography.display).toBe('Inter');
  });

  it('keeps the brief’s formats and is deterministic', () => {
    const a = board('factory', 'standard', { formats: '1:1,16:9' });
    expect(a.formats).toEqual(['1:1', '16:9']);
    expect(board('factory', 'standard', { formats: '1:1,16:9' })).toEqual(a);
  });
});

describe('directArt: stills', () => {
  it('staticad: one still per variant, product photo, headline and CTA, no audio', () => {
    const brief = perfumeBrief({ type: 'staticad', quality: 'premium' });
    const script = writeOfflineScript(brief);
    const sb = directArt(brief, script);
    expect(sb.variants).toHaveLength(2);
    for (const [i, variant] of sb.variants.entries()) {
      expect(variant.scenes).toHaveLength(1);
      const still = variant.scenes[0]!;
      expect(still).toMatchObject({ duration: 1, start: 0, motion: 'static', layout: 'product', imageIndex: 0, onScreen: script.variants[i]!.headline });
      expect(still.details?.slice(0, 2)).toEqual([script.variants[i]!.cta, 'Maison Lumière']);
    }
    expect(sb.music.enabled).toBe(false);
    expect(sb.voice.enabled).toBe(false);
  });

  it('painpoint: a quote still with the top pain point and its hook', () => {
    const brief = perfumeBrief({ type: 'painpoint' });
    const sb = directArt(brief, writeOfflineScript(brief));
    const still = sb.variants[0]!.scenes[0]!;
    expect(still.layout).toBe('quote');
    expect(still.onScreen).toBe('Still putting up with a scent that fades by noon?');
    expect(still.details?.[0]).toBe('Pain point: a scent that fades by noon');
  });
});
