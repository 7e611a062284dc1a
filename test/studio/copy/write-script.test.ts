import { describe, expect, it } from 'vitest';
import { workflowCatalog } from '../../../src/contract/workflow-catalog.ts';
import { resolveBrief } from '../../../src/studio/brief.ts';
import { script as scriptSchema, type Script } from '../../../src/studio/script.ts';
import { writeScript } from '../../../src/studio/copy/write-script.ts';
import { countWords } from '../../../src/studio/copy/text-tokens.ts';
import { perfumeBrief } from './perfume-brief.ts';

const allLines = (s: Script) => s.variants.flatMap((v) => [v.hook, v.headline, v.cta, ...v.beats.flatMap((b) => [b.onScreen, b.voiceOver])]).join(' ');

const coffeeBrief = () =>
  resolveBrief({
    type: 'cinematic',
    concept: 'Cold brew coffee commercial at sunrise on a city rooftop',
    framework: 'pas',
    brand: { name: 'Northbound Roasters', industry: 'coffee', tone: 'bold, energetic', targetAudience: 'busy commuters' },
    source: { title: 'Nitro Cold Brew | Northbound Roasters', price: '$4.50', claims: ['Steeped for 20 hours', 'Ready in 10 seconds'] },
    knowledge: [{ source: 'story.md', text: 'We roast single-origin beans from Huila, Colombia every Tuesday.' }],
  });

describe('writeScript (offline copywriter)', () => {
  it('is deterministic: the same brief gives the same script', async () => {
    const a = await writeScript(perfumeBrief());
    const b = await writeScript(perfumeBrief());
    expect(a).toEqual(b);
    expect(a.writer).toEqual({ kind: 'offline', id: 'offline-copywriter' });
    expect(() => scriptSchema.parse(a)).not.toThrow();
  });

  it('writes visibly different copy for a different brand, concept and facts', async () => {
    const perfume = allLines(await writeScript(perfumeBrief()));
    const coffee = allLines(await writeScript(coffeeBrief()));
    expect(perfume).not.toEqual(coffee);
    expect(perfume).toContain('Ambre Doré');
    expect(coffee).toContain('Nitro Cold Brew');
    expect(coffee).not.toContain('Ambre');
    expect(perfume).not.toContain('Northbound');
  });

  it('quotes the relevant knowledge passage and records it, leaving the irrelevant one out', async () => {
    const s = await writeScript(perfumeBrief());
    expect(allLines(s)).toContain('refilled in Grasse since 1921');
    expect(s.knowledgeUsed.map((k) => k.id)).toEqual(['k1']);
    expect(s.knowledgeUsed[0]?.excerpt).toContain('Grasse');
    expect(allLines(s)).not.toMatch(/public holidays|Parking/);
  });

  it('times beats contiguously over the tier duration, keeps captions short and voice-over at speaking pace', async () => {
    for (const [type, quality] of [['cinematic', 'standard'], ['cinematic', 'premium'], ['brand', 'premium'], ['factory', 'standard'], ['influencer', 'premium']] as const) {
      const s = await writeScript(perfumeBrief({ type, quality, url: 'https://example.com/p' }));
      const duration = workflowCatalog[type].tiers[quality].durationSec;
      for (const variant of s.variants) {
        const beats = variant.beats;
        expect(beats[0]?.start).toBe(0);
        expect(beats[beats.length - 1]?.end).toBe(duration);
        beats.slice(1).forEach((beat, i) => expect(beat.start).toBe(beats[i]?.end));
        const closing = beats[beats.length - 1]!;
        expect(closing.end - closing.start).toBeGreaterThanOrEqual(2);
        expect(closing.end - closing.start).toBeLessThanOrEqual(3);
        for (const beat of beats) {
          expect(beat.end).toBeGreaterThan(beat.start);
          expect(countWords(beat.onScreen)).toBeLessThanOrEqual(6);
          expect(beat.onScreen.length).toBeLessThanOrEqual(90);
          expect(countWords(beat.voiceOver)).toBeLessThanOrEqual((beat.end - beat.start) * 2.5 + 0.5);
        }
      }
    }
  });

  it('premium cuts say more: more beats than standard', async () => {
    const standard = await writeScript(perfumeBrief());
    const premium = await writeScript(perfumeBrief({ quality: 'premium' }));
    expect(premium.variants[0]!.beats.length).toBeGreaterThan(standard.variants[0]!.beats.length);
  });

  it('gives factory one distinct angle per variant, as many variants as the tier', async () => {
    for (const quality of ['standard', 'premium'] as const) {
      const s = await writeScript(perfumeBrief({ type: 'factory', quality, url: 'https://example.com/p' }));
      expect(s.variants).toHaveLength(workflowCatalog.factory.tiers[quality].variants);
      expect(new Set(s.variants.map((v) => v.angle)).size).toBe(s.variants.length);
      expect(new Set(s.variants.map((v) => v.hook)).size).toBe(s.variants.length);
    }
    const s = await writeScript(perfumeBrief({ type: 'factory', url: 'https://example.com/p' }));
    // The brief has a concept, so the lead variant tells it (it takes the plain benefit slot).
    expect(s.variants.map((v) => v.angle)).toEqual(['concept', 'social proof', 'price']);
    expect(s.variants[1]!.hook).toContain('4.8');
    expect(s.variants[2]!.hook).toContain('$120');
  });

  it('speaks in each type’s voice', async () => {
    const influencer = await writeScript(perfumeBrief({ type: 'influencer' }));
    expect(allLines(influencer)).toMatch(/\bI\b|\bI'm\b|\bmy\b/);
    expect(influencer.variants[0]!.angle).toBe('testimonial');
    const avatar = await writeScript(perfumeBrief({ type: 'avatar' }));
    expect(avatar.variants[0]!.hook).toMatch(/Here's what nobody tells you|Quick question/);
    const brand = await writeScript(perfumeBrief({ type: 'brand', framework: 'sb7' }));
    expect(brand.variants[0]!.hook).toBe('Since 1921, one idea has guided us.');
  });

  it('clone follows the reference page’s structure with our brand, not its claims', async () => {
    const s = await writeScript(
      perfumeBrief({
        type: 'clone',
        url: 'https://competitor.example/ad',
        source: {
          title: 'GlowCo Serum',
          headings: ['Tired of dull skin?', 'What customers say', 'How it works', 'Shop now'],
          claims: ['Loved by 50,000 customers'],
        },
      }),
    );
    const v = s.variants[0]!;
    expect(v.hook).toMatch(/^Tired of /);
    // The reference's sections in its order (a section may earn a second beat); its CTA becomes our close.
    expect([...new Set(v.beats.map((b) => b.stage))]).toEqual(['Problem', 'Social proof', 'How it works', 'Call to action']);
    expect(allLines(s)).toContain('Maison Lumière');
    expect(allLines(s)).not.toMatch(/GlowCo|50,000/);
  });

  it('gives a verb-led claim its product as subject instead of a broken fragment', async () => {
    const s = await writeScript(
      resolveBrief({
        type: 'factory',
        url: 'https://shop.example/p',
        framework: 'aida',
        brand: { name: 'Stride', industry: 'running shoes' },
        source: { title: 'Stride Pro 2 Running Shoe', claims: ['Weighs just 190 g'] },
      }),
    );
    // The product keeps its head noun ("Running Shoe") and takes its article in a sentence.
    expect(allLines(s)).toContain('The Stride Pro 2 Running Shoe weighs just 190 g');
    expect(allLines(s)).not.toMatch(/Think weighs/);
  });
});
