import { describe, expect, it } from 'vitest';
import { timeBeats } from '../../../src/studio/copy/beat-timing.ts';
import { firstFitting, fitOnScreen, fitWords } from '../../../src/studio/copy/line-fitting.ts';
import { isDangling, phraseCut } from '../../../src/studio/copy/phrase-boundaries.ts';
import { countWords, splitSentences } from '../../../src/studio/copy/text-tokens.ts';
import { writeScript } from '../../../src/studio/copy/write-script.ts';
import { frameworks } from '../../../src/contract/workflow-catalog.ts';
import { rainJacketBrief, reviewedTypes } from './rain-jacket-brief.ts';

/** Words no shortened line may end on: articles, possessives, conjunctions, auxiliaries, prepositions. */
const neverLast = /^(?:a|an|the|my|your|our|their|his|her|its|and|or|but|nor|of|to|from|with|into|after|before|than|at|by|is|are|was|were|be|been|has|have|had|will|would|can|could|should|whose|which)$/i;
const lastWord = (text: string) => (text.trim().replace(/[.!?,;:]+$/, '').split(/\s+/).pop() ?? '').toLowerCase();

describe('cuts happen where a phrase ends', () => {
  it('never leaves a caption on a preposition, article, conjunction, auxiliary or possessive', () => {
    expect(fitOnScreen('Clothes that lose their shape after three washes')).toBe('Clothes that lose their shape');
    expect(fitOnScreen('Still putting up with a scent that fades by noon?')).toBe('Still putting up with a scent');
    // A participle needs its complement: "A fit that feels made" is not a phrase.
    expect(fitOnScreen('A fit that feels made for you, every single day')).not.toMatch(/made$/);
    for (const text of [
      'Waiting forty minutes for a lukewarm order at the door',
      'Here is what nobody tells you about the rain and the wind',
      'Paying luxury prices for watered-down juice that fades',
      'Contractors who never show up on time for the job',
    ]) {
      const caption = fitOnScreen(text);
      expect(countWords(caption), caption).toBeLessThanOrEqual(6);
      expect(lastWord(caption), caption).not.toMatch(neverLast);
      expect(isDangling(caption.split(' ').pop() ?? ''), caption).toBe(false);
    }
  });

  it('keeps a line whole when it fits, and a name whole when it does not', () => {
    expect(fitOnScreen('Drift Packable Rain Jacket: $79')).toBe('Drift Packable Rain Jacket: $79');
    expect(firstFitting(['Meet the Stride Pro 2 Running Shoe', 'Meet Stride Pro 2 Running Shoe', 'Stride Pro 2 Running Shoe'])).toBe('Meet Stride Pro 2 Running Shoe');
  });

  it('finds no cut at all rather than a bad one', () => {
    expect(phraseCut(['with', 'the', 'of'], 2)).toBe(0);
    expect(fitWords('For quiet moments of reflection, and the gatherings after sunset.', 7)).toBe('For quiet moments of reflection.');
  });

  it('never cuts a spoken sentence: over time, a beat says fewer or shorter whole sentences', () => {
    const body = [
      { stage: 'Problem', onScreen: 'Shapeless after three washes', lines: [{ text: 'Here is a hook that is rather long for a short cut.', essential: true }, { text: 'Clothes that lose their shape after three washes are the worst.', keep: true }] },
      { stage: 'Agitate', onScreen: 'Another letdown', lines: [{ text: 'Three washes in, and it already looks ten years old, every single time.' }] },
      { stage: 'Solution', onScreen: 'Meet the Drift Packable Rain Jacket', lines: [{ text: 'So we made the Drift Packable Rain Jacket for every day.', essential: true }, { text: 'It packs into its own pocket. I checked.' }] },
    ];
    // Every beat essential and no caption shorter than its line: nothing to drop, so only whole sentences may go.
    const crowded = [
      { stage: 'Problem', onScreen: 'Caught in the rain', lines: [{ text: 'Caught in the rain?', essential: true }] },
      { stage: 'Agitate', onScreen: 'Soaked before you reach the office', lines: [{ text: 'Soaked before you reach the office.', essential: true }] },
      { stage: 'Solution', onScreen: 'Meet the Drift Packable Rain Jacket', lines: [{ text: 'Meet the Drift Packable Rain Jacket.', essential: true }] },
    ];
    const said = new Set(
      [...body, ...crowded].flatMap((b) => [`${b.onScreen}.`, ...b.lines.flatMap((l) => [l.text, ...splitSentences(l.text)])]).map((s) => s.toLowerCase()),
    );
    const closing = { stage: 'Call to action', onScreen: 'Shop now', lines: [{ text: 'Shop now.' }] };
    for (const timed of [timeBeats(body, closing, 10, { allowsSilence: false }), timeBeats(crowded, closing, 7, { allowsSilence: false })]) {
      for (const beat of timed.slice(0, -1)) {
        for (const sentence of splitSentences(beat.voiceOver)) expect(said.has(sentence.toLowerCase()), sentence).toBe(true);
        expect(countWords(beat.voiceOver)).toBeLessThanOrEqual((beat.end - beat.start) * 2.5 + 0.5);
      }
    }
  });

  it.each(frameworks)('%s: no caption or spoken sentence of any reviewed type ends mid-phrase', async (framework) => {
    for (const [type, extra] of reviewedTypes) {
      const s = await writeScript(rainJacketBrief({ type, framework, ...extra }));
      for (const beat of s.variants.flatMap((v) => v.beats)) {
        expect(lastWord(beat.onScreen), `${type} caption "${beat.onScreen}"`).not.toMatch(neverLast);
        for (const sentence of splitSentences(beat.voiceOver)) expect(lastWord(sentence), `${type} voice-over "${sentence}"`).not.toMatch(neverLast);
      }
    }
  });
});
