import { describe, expect, it } from 'vitest';
import { frameworks, workflowCatalog } from '../../../src/contract/workflow-catalog.ts';
import { scriptDuration } from '../../../src/studio/copy/offline-copywriter.ts';
import { writeScript } from '../../../src/studio/copy/write-script.ts';
import { countWords } from '../../../src/studio/copy/text-tokens.ts';
import { rainJacketBrief, reviewedTypes } from './rain-jacket-brief.ts';

describe('the reviewed brief keeps the clock and the limits in every type and framework', () => {
  it.each(frameworks)('%s: contiguous beats summing to the tier, short captions, voice-over at speaking pace', async (framework) => {
    for (const [type, extra] of reviewedTypes) {
      for (const quality of ['standard', 'premium'] as const) {
        const brief = rainJacketBrief({ type, framework, quality, ...extra });
        const s = await writeScript(brief);
        for (const v of s.variants) {
          const beats = v.beats;
          const expected = scriptDuration(workflowCatalog[type].tiers[quality].durationSec, beats.length - 1);
          expect(beats[0]!.start).toBe(0);
          expect(beats[beats.length - 1]!.end, `${type}/${quality}`).toBeCloseTo(expected, 5);
          beats.slice(1).forEach((beat, i) => expect(beat.start).toBe(beats[i]!.end));
          for (const beat of beats) {
            const where = `${type}/${framework}/${quality} ${beat.stage}`;
            expect(countWords(beat.onScreen), where).toBeLessThanOrEqual(6);
            expect(beat.onScreen.length, where).toBeLessThanOrEqual(90);
            expect(countWords(beat.voiceOver), `${where}: ${beat.voiceOver}`).toBeLessThanOrEqual((beat.end - beat.start) * 2.5 + 0.5);
          }
        }
      }
    }
  });

  it('is deterministic', async () => {
    for (const [type, extra] of reviewedTypes) {
      expect(await writeScript(rainJacketBrief({ type, ...extra }))).toEqual(await writeScript(rainJacketBrief({ type, ...extra })));
    }
  });
});
