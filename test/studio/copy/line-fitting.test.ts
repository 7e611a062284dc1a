import { describe, expect, it } from 'vitest';
import { fitOnScreen, fitWords } from '../../../src/studio/copy/line-fitting.ts';
import { productTitle } from '../../../src/studio/copy/product-naming.ts';

describe('line fitting', () => {
  it('cuts on-screen lines to six words without a dangling word', () => {
    expect(fitOnScreen('Hand-blended with Grasse jasmine and rare amber from the east.')).toBe('Hand-blended with Grasse jasmine');
    expect(fitOnScreen('Still putting up with a scent that fades by noon?')).toBe('Still putting up with a scent');
  });

  it('prefers a clause boundary when trimming a sentence', () => {
    expect(fitWords('For quiet moments of reflection, and the gatherings after sunset.', 7)).toBe('For quiet moments of reflection.');
  });

  it('reads a product name out of a shop title', () => {
    expect(productTitle('Ambre Doré Eau de Parfum | Maison Lumière', ['Maison Lumière'])).toBe('Ambre Doré');
    expect(productTitle('Maison Lumière — Velvet Oud 50 ml', ['Maison Lumière'])).toBe('Velvet Oud');
  });
});
