import { describe, expect, it } from 'vitest';
import { frameworks } from '../../../src/contract/workflow-catalog.ts';
import { frameworkStageNames } from '../../../src/studio/copy/frameworks/framework-registry.ts';
import { writeScript } from '../../../src/studio/copy/write-script.ts';
import { perfumeBrief } from './perfume-brief.ts';

describe('framework stages', () => {
  it.each(frameworks)('%s: every stage of the framework has a beat, in order', async (framework) => {
    const s = await writeScript(perfumeBrief({ framework, type: 'brand', quality: 'premium' }));
    const expected = frameworkStageNames(framework);
    for (const variant of s.variants) {
      const stages = variant.beats.map((b) => b.stage);
      const firstIndex = expected.map((name) => stages.indexOf(name));
      expect(firstIndex.every((i) => i >= 0)).toBe(true);
      expect([...firstIndex].sort((a, b) => a - b)).toEqual(firstIndex);
      expect(stages[stages.length - 1]).toBe(expected[expected.length - 1]);
    }
  });

  it('names the known stages of PAS, AIDA and SB7', () => {
    expect(frameworkStageNames('pas')).toEqual(['Problem', 'Agitate', 'Solution', 'Call to action']);
    expect(frameworkStageNames('aida')).toEqual(['Attention', 'Interest', 'Desire', 'Action']);
    expect(frameworkStageNames('sb7')).toEqual(['Character', 'Problem', 'Guide', 'Plan', 'Stakes', 'Success', 'Call to action']);
  });
});

describe('seasonal copy', () => {
  const text = (s: Awaited<ReturnType<typeof writeScript>>) => JSON.stringify(s.variants);

  it('changes the copy for Ramadan and Eid, with their greetings and themes', async () => {
    const plain = await writeScript(perfumeBrief());
    const ramadan = await writeScript(perfumeBrief({ seasonal: 'ramadan' }));
    const eid = await writeScript(perfumeBrief({ seasonal: 'eid' }));
    expect(text(ramadan)).not.toEqual(text(plain));
    expect(text(eid)).not.toEqual(text(ramadan));
    expect(text(ramadan)).toMatch(/Ramadan Kareem/);
    expect(text(ramadan)).toMatch(/generosity|iftar|reflection|together/i);
    expect(text(eid)).toMatch(/Eid Mubarak/);
    expect(text(plain)).not.toMatch(/Ramadan|Eid/);
  });

  it('keeps multi-variant seasonal cuts distinct while every variant carries the season', async () => {
    const s = await writeScript(perfumeBrief({ type: 'factory', url: 'https://example.com/p', seasonal: 'eid' }));
    expect(new Set(s.variants.map((v) => v.hook)).size).toBe(s.variants.length);
    for (const v of s.variants) expect(JSON.stringify(v)).toMatch(/Eid/);
  });
});
