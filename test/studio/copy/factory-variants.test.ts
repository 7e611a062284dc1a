import { describe, expect, it } from 'vitest';
import { frameworks, workflowCatalog } from '../../../src/contract/workflow-catalog.ts';
import { distinctCaptions } from '../../../src/studio/copy/caption-distinction.ts';
import { writeScript } from '../../../src/studio/copy/write-script.ts';
import { countWords } from '../../../src/studio/copy/text-tokens.ts';
import { perfumeBrief } from './perfume-brief.ts';
import { rainJacketBrief } from './rain-jacket-brief.ts';

const factory = { type: 'factory', url: 'https://drift.example/jacket' };

describe('factory variants are distinct, beat for beat', () => {
  it.each(frameworks)('%s: distinct hooks, and no two variants show the same captions beat for beat', async (framework) => {
    for (const quality of ['standard', 'premium'] as const) {
      for (const brief of [rainJacketBrief({ ...factory, framework, quality }), perfumeBrief({ ...factory, framework, quality })]) {
        const s = await writeScript(brief);
        expect(s.variants).toHaveLength(workflowCatalog.factory.tiers[quality].variants);
        expect(new Set(s.variants.map((v) => v.hook)).size).toBe(s.variants.length);
        const sequences = s.variants.map((v) => v.beats.map((b) => b.onScreen.toLowerCase()).join(' | '));
        expect(new Set(sequences).size, `${framework}/${quality}`).toBe(s.variants.length);
      }
    }
  });

  it.each(['pas', 'aida', 'uvp', 'bant'] as const)('%s: with a fact per variant, no body beat repeats the caption another variant shows there', async (framework) => {
    const s = await writeScript(rainJacketBrief({ ...factory, framework }));
    const onScreen = s.variants.map((v) => v.beats.slice(0, -1).map((b) => b.onScreen.toLowerCase()));
    onScreen[0]!.forEach((_, beat) => {
      const shown = onScreen.map((captions) => captions[beat]);
      expect(new Set(shown).size, `beat ${beat + 1}: ${shown.join(' / ')}`).toBe(shown.length);
    });
  });

  it('re-captions a repeat from what the beat says, and only with a whole line', () => {
    const taken = [new Set<string>(), new Set(['meet the drift packable rain jacket'])];
    const captions = distinctCaptions(
      [
        { onScreen: 'Caught in the rain?', voiceOver: 'Tired of getting caught in the rain?', alternatives: [], drafted: [] },
        {
          onScreen: 'Meet the Drift Packable Rain Jacket',
          voiceOver: 'Meet the Drift Packable Rain Jacket.',
          alternatives: ['Drift Packable Rain Jacket: $79'],
          drafted: ['Say hello to a jacket that disappears into your pocket.'],
        },
      ],
      taken,
    );
    expect(captions).toEqual(['Caught in the rain?', 'Drift Packable Rain Jacket: $79']);
    for (const caption of captions) expect(countWords(caption)).toBeLessThanOrEqual(6);
  });
});
