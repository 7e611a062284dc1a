import type { Storyboard } from '../src/studio/storyboard.ts';

/** The brief the benchmark renders: a 15 s cinematic film with voice and music, no source photos. */
const brief = {
  type: 'cinematic',
  concept: 'A slow-morning ritual: cold-pressed citrus juice that tastes like golden hour',
  brand: { name: 'Solstice', industry: 'beverages', tone: 'warm, confident', colors: { primary: '#e0467c', accent: '#ffb23e' } },
  formats: '9:16,1:1,16:9',
};

/**
 * The storyboard from the studio's own copy and art-direction steps when they load (the
 * realistic case), else an equivalent hand-written one, so the benchmark never depends on them.
 */
export async function benchStoryboard(): Promise<{ storyboard: Storyboard; source: string }> {
  try {
    const { resolveBrief } = await import('../src/studio/brief.ts');
    const { writeOfflineScript } = await import('../src/studio/copy/offline-copywriter.ts');
    const { directArt } = await import('../src/studio/art-direction/direct-art.ts');
    const resolved = resolveBrief(brief);
    return { storyboard: directArt(resolved, writeOfflineScript(resolved)), source: 'offline copy + art direction' };
  } catch {
    return { storyboard: handWritten(), source: 'hand-written (art direction did not load)' };
  }
}

function handWritten(): Storyboard {
  const scene = (i: number, start: number, duration: number, layout: 'hero' | 'endcard', motion: 'push' | 'zoom' | 'static', onScreen: string, voiceOver: string) => ({
    id: `v1-s${i}`,
    beatId: `b${i}`,
    start,
    duration,
    shot: `${layout} shot`,
    layout,
    motion,
    onScreen,
    voiceOver,
  });
  return {
    formats: ['9:16', '1:1', '16:9'],
    fps: 30,
    palette: { background: '#1c0d12', surface: '#301720', primary: '#e0467c', secondary: '#8f2760', accent: '#ffb23e', text: '#f5f0f1', muted: '#bca9b0' },
    typography: { display: 'Inter', body: 'Inter', scale: 1, uppercaseHeadlines: false },
    music: { enabled: true, bpm: 95, mood: 'warm' },
    voice: { enabled: true, voice: 'en-us', wordsPerMinute: 150 },
    variants: [
      {
        variantId: 'v1',
        durationSec: 15,
        scenes: [
          scene(1, 0, 4.74, 'hero', 'push', 'Cold-pressed citrus juice', 'Cold-pressed citrus juice. Tastes like golden hour.'),
          scene(2, 4.74, 1.29, 'hero', 'zoom', 'Meet Solstice', 'Then, Solstice.'),
          scene(3, 6.03, 3.88, 'hero', 'push', 'Flavour you taste from the first sip', 'Made for flavour you taste from the first sip.'),
          scene(4, 9.91, 2.59, 'hero', 'zoom', 'A morning worth slowing down for', 'A morning worth slowing down for.'),
          { ...scene(5, 12.5, 2.5, 'endcard', 'static', 'A morning worth slowing down for', 'Solstice. Order yours today.'), details: ['Order yours today', 'Solstice'] },
        ],
      },
    ],
  };
}
