import { describe, expect, it } from 'vitest';
import { frameworks } from '../../../src/contract/workflow-catalog.ts';
import { readConcept } from '../../../src/studio/copy/concept-reading.ts';
import { writeScript } from '../../../src/studio/copy/write-script.ts';
import type { ScriptVariant } from '../../../src/studio/script.ts';
import { perfumeBrief } from './perfume-brief.ts';
import { rainJacketBrief, reviewedTypes } from './rain-jacket-brief.ts';

/** The hook and the first beat: where the customer's idea must land. */
const opening = (v: ScriptVariant) => `${v.hook} ${v.beats[0]?.voiceOver ?? ''}`;

describe('the brief’s concept is carried by every type', () => {
  it('reads the concept as an idea: its head, what it does, and its article', () => {
    const c = readConcept('A rain jacket that disappears into your pocket', 'Drift');
    expect(c).toMatchObject({ phrase: 'rain jacket that disappears into your pocket', article: 'a', isIdea: true, kind: 'rain jacket' });
    expect(c?.clause).toEqual({ head: 'rain jacket', predicate: 'disappears into your pocket' });
    expect(readConcept('Luxury perfume ad with golden tones', 'Maison Lumière')).toMatchObject({ phrase: 'luxury perfume with golden tones', article: '', isIdea: false });
  });

  it.each(frameworks)('%s: every reviewed type says the idea in its hook or first beat', async (framework) => {
    for (const [type, extra] of reviewedTypes) {
      const s = await writeScript(rainJacketBrief({ type, framework, ...extra }));
      const carriers = s.variants.filter((v) => /disappears into (?:your|my) pocket/i.test(opening(v)));
      expect(carriers.length, `${type}/${framework}`).toBeGreaterThan(0);
      // The lead variant carries it (for factory the lead variant is the concept angle).
      expect(opening(s.variants[0]!), `${type}/${framework}`).toMatch(/disappears into (?:your|my) pocket/i);
    }
  });

  it('adapts the idea to the speaker: first person for the creator, the presenter’s own words, the brand’s “we”', async () => {
    const influencer = await writeScript(rainJacketBrief({ type: 'influencer' }));
    expect(opening(influencer.variants[0]!)).toMatch(/\bmy pocket\b/);
    const avatar = await writeScript(rainJacketBrief({ type: 'avatar' }));
    expect(opening(avatar.variants[0]!)).toMatch(/\b(?:picture|imagine)\b.*your pocket/i);
    const brand = await writeScript(rainJacketBrief({ type: 'brand' }));
    expect(opening(brand.variants[0]!)).toMatch(/It started with a simple idea: a rain jacket/);
  });

  it('gives factory a concept variant with its own hook, alongside the performance angles', async () => {
    const s = await writeScript(rainJacketBrief({ type: 'factory', url: 'https://drift.example/jacket' }));
    expect(s.variants.map((v) => v.angle)).toEqual(['concept', 'social proof', 'price']);
    expect(s.variants[0]!.hook).toMatch(/rain jacket that disappears into your pocket/i);
    expect(s.variants[0]!.headline).toBe('A rain jacket that disappears into your pocket');
  });

  it('carries a mood concept too, with the product named', async () => {
    for (const type of ['influencer', 'avatar', 'brand', 'cinematic'] as const) {
      const v = (await writeScript(perfumeBrief({ type }))).variants[0]!;
      expect(opening(v), type).toMatch(/luxury perfume with golden tones/i);
      expect(JSON.stringify(v.beats), type).toMatch(/Ambre Doré/);
    }
  });

  // Clone borrows someone else's page, so it has no claims of ours; a standard presenter cut is all hook, concept, stakes and name.
  it.each(reviewedTypes.filter(([type]) => type !== 'clone'))('%s: still states the page’s claims beside the concept', async (type, extra) => {
    const s = await writeScript(rainJacketBrief({ type, quality: 'premium', ...extra }));
    const said = s.variants[0]!.beats.map((b) => `${b.onScreen} ${b.voiceOver}`).join(' ');
    expect(said).toMatch(/packs into its own pocket|fully taped seams|weighs 190 g|\$79/i);
  });
});
