import { describe, expect, it } from 'vitest';
import { directArt, directArtWithNotes } from '../../../src/studio/art-direction/direct-art.ts';
import { parseDirectionNotes } from '../../../src/studio/art-direction/direction-notes.ts';
import { hexToHsl } from '../../../src/studio/art-direction/color-space.ts';
import { writeOfflineScript } from '../../../src/studio/copy/offline-copywriter.ts';
import { perfumeBrief } from '../copy/perfume-brief.ts';

const brief = perfumeBrief({ type: 'factory', url: 'https://example.com/p' });
const script = writeOfflineScript(brief);
const original = directArt(brief, script);
const revise = (notes: string, b = brief) => directArtWithNotes(b, writeOfflineScript(b), { notes });

describe('review notes', () => {
  it('reads plain-language notes into directions, with negations and quoted replacements', () => {
    const parsed = parseDirectionNotes('Less warm please, and much faster. No music! headline "Wear the light" and make the CTA "Shop Ambre Doré"');
    expect(parsed.notes.map((n) => n.kind)).toEqual(['headline', 'cta', 'palette', 'pace', 'music']);
    expect(parsed.notes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'palette', shift: 'cooler' }),
        expect.objectContaining({ kind: 'pace', faster: true }),
        expect.objectContaining({ kind: 'music', enabled: false }),
        expect.objectContaining({ kind: 'headline', text: 'Wear the light' }),
        expect.objectContaining({ kind: 'cta', text: 'Shop Ambre Doré' }),
      ]),
    );
  });

  it('warmer shifts the palette toward amber; darker lowers the ground', () => {
    const warmer = revise('warmer').storyboard.palette;
    expect(warmer).not.toEqual(original.palette);
    expect(hexToHsl(warmer.primary).h).toBeLessThan(hexToHsl(original.palette.primary).h);
    expect(hexToHsl(revise('darker').storyboard.palette.background).l).toBeLessThan(hexToHsl(original.palette.background).l);
  });

  it('faster livens camera moves and tempo; slower calms them', () => {
    const faster = revise('make it faster').storyboard;
    const slower = revise('slower, more relaxed').storyboard;
    expect(faster.music.bpm).toBe(original.music.bpm + 16);
    expect(slower.music.bpm).toBe(original.music.bpm - 16);
    // A concept film has calm moves to liven; the factory cut above is already all zooms and slides.
    const film = perfumeBrief({ type: 'cinematic' });
    const filmBoard = directArt(film, writeOfflineScript(film));
    const motions = (sb: typeof original) => sb.variants.flatMap((v) => v.scenes.map((s) => s.motion));
    const fasterFilm = revise('make it faster', film).storyboard;
    expect(motions(fasterFilm)).not.toEqual(motions(filmBoard));
    expect(fasterFilm.variants[0]!.scenes[0]!.shot).not.toEqual(filmBoard.variants[0]!.scenes[0]!.shot);
    const lively = (sb: typeof original) => motions(sb).filter((m) => m === 'zoom' || m === 'slide').length;
    expect(lively(slower)).toBeLessThan(lively(original));
  });

  it('more minimal removes supporting details but keeps the end card', () => {
    const minimal = revise('more minimal please').storyboard;
    for (const variant of minimal.variants) {
      for (const scene of variant.scenes) {
        if (scene.layout === 'endcard') expect(scene.details).toHaveLength(2);
        else expect(scene.details).toBeUndefined();
      }
    }
    expect(original.variants.flatMap((v) => v.scenes).some((s) => s.layout !== 'endcard' && s.details)).toBe(true);
  });

  it('replaces the end-card headline and CTA, and turns music and voice off', () => {
    const { storyboard, notesApplied } = revise('headline "Wear the light", cta "Shop Ambre Doré", no music, no voiceover');
    for (const variant of storyboard.variants) {
      const end = variant.scenes[variant.scenes.length - 1]!;
      expect(end.onScreen).toBe('Wear the light');
      expect(end.details?.[0]).toBe('Shop Ambre Doré');
      expect(end.shot).toContain('Wear the light');
    }
    expect(storyboard.music.enabled).toBe(false);
    expect(storyboard.voice.enabled).toBe(false);
    expect(notesApplied).toHaveLength(4);
  });

  it('features the product photo when there is one, and says why not otherwise', () => {
    const cinematic = perfumeBrief({ type: 'cinematic' });
    const before = directArt(cinematic, writeOfflineScript(cinematic));
    const after = revise('use the product photo', cinematic).storyboard;
    const photos = (sb: typeof before) => sb.variants.flatMap((v) => v.scenes).filter((s) => s.imageIndex !== undefined).length;
    expect(photos(after)).toBeGreaterThan(photos(before));
    const bare = perfumeBrief({ type: 'cinematic', source: { title: 'Ambre Doré' } });
    const result = revise('use the product photo', bare);
    expect(result.notesApplied).toEqual([]);
    expect(result.notesIgnored[0]).toContain('no source images');
  });

  it('reports what it did not understand and is deterministic', () => {
    const a = revise('warmer; add a unicorn');
    expect(a.notesApplied).toHaveLength(1);
    expect(a.notesIgnored).toEqual(['“add a unicorn”: not understood']);
    expect(revise('warmer; add a unicorn')).toEqual(a);
    expect(directArtWithNotes(brief, script, {}).notesApplied).toEqual([]);
  });
});
