import { describe, expect, it } from 'vitest';
import { frameworks } from '../../../src/contract/workflow-catalog.ts';
import { resolveBrief } from '../../../src/studio/brief.ts';
import { writeScript } from '../../../src/studio/copy/write-script.ts';
import { countWords } from '../../../src/studio/copy/text-tokens.ts';
import { perfumeBrief } from './perfume-brief.ts';
import { everyLine, rainJacketBrief, reviewedTypes } from './rain-jacket-brief.ts';

/** Phrasings the review flagged, and their kin: none may come back. */
const flagged = [
  /it was always results that never last/i,
  /\bEnter [^.]*, from Drift\b/,
  /A fit that feels made\b(?! for)/,
  /\b(?:after|the|their|of|with)\.$/,
  /Think (?:weighs|packs|is|are)\b/,
  /\bfully taped seams, every time\b/i,
  /\bHello, a\b/,
  /\bMade for (?:a|pieces)\b/,
];

describe('every line reads as native English', () => {
  it.each(frameworks)('%s: no double punctuation, doubled words, wrong articles, doubled brands or flagged phrasings', async (framework) => {
    for (const [type, extra] of reviewedTypes) {
      for (const line of everyLine(await writeScript(rainJacketBrief({ type, framework, ...extra })))) {
        const where = `${type}/${framework}: "${line}"`;
        expect(line, where).not.toMatch(/([.!?,;:])\1|[.!?][,.;:]|\s[,.!?;:]/);
        expect(line, where).not.toMatch(/\b(\w+) \1\b/i);
        expect(line, where).not.toMatch(/\ba (?:[aeio]|u(?!s|n[iy]))/i);
        expect(line, where).not.toMatch(/\ban (?![aeiou])/i);
        expect(line.split('Drift').length - 1, where).toBeLessThanOrEqual(1);
        for (const pattern of flagged) expect(line, where).not.toMatch(pattern);
      }
    }
  });

  it('agrees the verb with the product: a jacket comes in, meal kits come in', async () => {
    const jacket = everyLine(await writeScript(rainJacketBrief({ type: 'avatar' }))).join(' ');
    expect(jacket).not.toMatch(/Jacket come in/);
    const kits = resolveBrief({
      type: 'avatar',
      concept: 'Meal kits for busy parents',
      brand: { name: 'Forkful', industry: 'food', targetAudience: 'busy parents' },
      source: { title: 'Forkful Family Meal Kits (4 servings)', claims: ['Dinner ready in 15 minutes'] },
    });
    const text = everyLine(await writeScript(kits)).join(' ');
    expect(text).not.toMatch(/Kits (?:comes|works|is)\b/);
  });

  it('gives a verb-led or participle claim a subject: "It is hand-blended …", never "Think hand-blended …"', async () => {
    for (const type of ['cinematic', 'brand', 'influencer', 'factory'] as const) {
      const text = everyLine(await writeScript(perfumeBrief({ type, url: 'https://example.com/p', quality: 'premium' }))).join('\n');
      expect(text).not.toMatch(/Think hand-blended|Today, rated/);
    }
  });
});

describe('a beat speaks, or is deliberately silent with its caption', () => {
  it('the reviewed seasonal film has no empty voice-over', async () => {
    const s = await writeScript(rainJacketBrief({ type: 'cinematic', seasonal: 'ramadan' }));
    for (const beat of s.variants[0]!.beats) expect(beat.voiceOver, beat.stage).not.toBe('');
  });

  it.each(frameworks)('%s: silence only where the speaker allows it, never on the opening beat, never without a caption', async (framework) => {
    for (const [type, extra] of reviewedTypes) {
      for (const quality of ['standard', 'premium'] as const) {
        const s = await writeScript(rainJacketBrief({ type, framework, quality, ...extra }));
        for (const v of s.variants) {
          const silent = v.beats.filter((b) => b.voiceOver.trim() === '');
          expect(v.beats[0]!.voiceOver, `${type}/${framework}`).not.toBe('');
          for (const beat of silent) expect(countWords(beat.onScreen), `${type}/${framework} ${beat.stage}`).toBeGreaterThanOrEqual(2);
          // A person talking to camera does not fall silent while the framework leaves room to speak.
          if ((type === 'influencer' || type === 'avatar') && ['pas', 'aida', 'uvp', 'bant'].includes(framework)) expect(silent, `${type}/${framework}/${quality}`).toEqual([]);
        }
      }
    }
  });
});
