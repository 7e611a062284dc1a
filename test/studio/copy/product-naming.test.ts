import { describe, expect, it } from 'vitest';
import { productReference, productTitle } from '../../../src/studio/copy/product-naming.ts';
import { writeScript } from '../../../src/studio/copy/write-script.ts';
import { everyLine, rainJacketBrief, reviewedTypes } from './rain-jacket-brief.ts';

describe('product naming keeps the head noun', () => {
  it('never drops the last word of the name, the noun that says what it is', () => {
    expect(productTitle('Drift Packable Rain Jacket', ['Drift'])).toBe('Drift Packable Rain Jacket');
    expect(productTitle('Stride Pro 2 Running Shoe', ['Stride'])).toBe('Stride Pro 2 Running Shoe');
    expect(productTitle('GlowCo Hydrating Serum', ['GlowCo'])).toBe('GlowCo Hydrating Serum');
  });

  it('shortens a long title by its qualifiers, its brand prefix and leading modifiers, never its head noun', () => {
    expect(productTitle('Drift Packable Rain Jacket for Men with Hood (Black)', ['Drift'])).toBe('Drift Packable Rain Jacket');
    expect(productTitle('Drift Ultralight Packable Waterproof Rain Jacket', ['Drift'])).toBe('Packable Waterproof Rain Jacket');
    expect(productTitle('Forkful Family Meal Kits (4 servings) - Weekly Box', ['Forkful'])).toBe('Forkful Family Meal Kits');
    for (const title of ['Ultra Comfort Breathable Lightweight Trail Running Shoe', 'Aero Pro Max Ultra Noise Cancelling Headphones']) {
      const name = productTitle(title, []) ?? '';
      expect(name.split(' ').length).toBeLessThanOrEqual(5);
      expect(name.split(' ').pop()).toBe(title.split(' ').pop());
    }
  });

  it('gives a countable product its article in a sentence, and leaves a proper name alone', () => {
    expect(productReference('Drift Packable Rain Jacket')).toBe('the Drift Packable Rain Jacket');
    expect(productReference('Ambre Doré')).toBe('Ambre Doré');
    expect(productReference('Nitro Cold Brew')).toBe('Nitro Cold Brew');
  });

  it.each(reviewedTypes)('%s: says the whole name, with its article, and never "Drift … by Drift"', async (type, extra) => {
    const lines = everyLine(await writeScript(rainJacketBrief({ type, ...extra })));
    const text = lines.join('\n');
    expect(text).not.toMatch(/Drift Packable Rain(?! Jacket)/);
    expect(text).not.toMatch(/(?:Meet|tried|found|made|created|about|Enter) Drift Packable/);
    expect(text).not.toMatch(/Rain Jacket,? (?:by|from) Drift/);
    for (const line of lines) expect(line.split('Drift').length - 1, line).toBeLessThanOrEqual(1);
  });

  it.each(['pas', 'aida', 'uvp', 'bant'] as const)('%s: every variant says the product’s name aloud, not only on screen', async (framework) => {
    for (const [type, extra] of reviewedTypes.filter(([t]) => t !== 'clone')) {
      for (const quality of ['standard', 'premium'] as const) {
        const s = await writeScript(rainJacketBrief({ type, framework, quality, ...extra }));
        for (const v of s.variants) expect(v.beats.map((b) => b.voiceOver).join(' '), `${type}/${quality}/${v.id}`).toMatch(/Drift Packable Rain Jacket/);
      }
    }
  });
});
