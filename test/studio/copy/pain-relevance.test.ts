import { describe, expect, it } from 'vitest';
import { gatherCopyFacts } from '../../../src/studio/copy/copy-facts.ts';
import { claimPains } from '../../../src/studio/copy/pain-inversion.ts';
import { industryProfiles } from '../../../src/studio/copy/industry-profile.ts';
import { writeScript } from '../../../src/studio/copy/write-script.ts';
import { everyLine, rainJacketBrief, reviewedTypes } from './rain-jacket-brief.ts';

const fashion = industryProfiles.find((p) => p.id === 'fashion')!;

describe('pains are about this product before its sector', () => {
  it('inverts claims into the pains they answer, naming the product’s own noun', () => {
    const pains = claimPains(['Packs into its own pocket', 'Fully taped seams', 'Weighs 190 g'], { profile: fashion, things: 'jackets' });
    expect(pains.map((p) => p.phrase)).toEqual(['bulky jackets you leave at home', 'getting caught in the rain', 'heavy gear that weighs you down']);
    expect(pains[0]!.evidence).toBe('Packs into its own pocket');
    // "Steeped for 20 hours" is not a claim about lasting.
    expect(claimPains(['Steeped for 20 hours'], { profile: fashion, things: 'gear' })).toEqual([]);
  });

  it('ranks pains from the concept, title and claims above the sector’s stock pains', () => {
    const pains = gatherCopyFacts(rainJacketBrief()).pains;
    const top = pains.slice(0, 3).map((p) => p.phrase);
    expect(top).toEqual(expect.arrayContaining(['getting caught in the rain', 'bulky jackets you leave at home']));
    expect(top).not.toContain('clothes that lose their shape after three washes');
    const rain = pains.find((p) => p.phrase === 'getting caught in the rain')!;
    expect(rain.sources).toEqual(expect.arrayContaining(['concept', 'claim']));
    // Every sector default that shares nothing with the product ranks below every pain that does.
    const firstFallback = pains.findIndex((p) => p.sources.every((s) => s === 'industry'));
    const lastRelevant = pains.map((p) => p.sources.some((s) => s !== 'industry')).lastIndexOf(true);
    expect(firstFallback).toBeGreaterThan(lastRelevant);
  });

  it('still falls back to the sector’s pains when the brief implies none', () => {
    const pains = gatherCopyFacts(rainJacketBrief({ concept: 'A jacket for the city', source: { title: 'Drift Jacket', claims: ['Made in Portugal'] } })).pains;
    expect(pains[0]!.phrase).toBe('clothes that lose their shape after three washes');
  });

  it.each(reviewedTypes)('%s: never sells a rain jacket on clothes that lose their shape', async (type, extra) => {
    const text = everyLine(await writeScript(rainJacketBrief({ type, ...extra }))).join('\n');
    expect(text).not.toMatch(/lose their shape|shapeless/i);
  });
});
