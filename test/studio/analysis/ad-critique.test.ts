import { describe, expect, it } from 'vitest';
import { resolveBrief } from '../../../src/studio/brief.ts';
import { critiqueAd } from '../../../src/studio/analysis/ad-critique.ts';
import { adCritiqueToMarkdown } from '../../../src/studio/analysis/ad-critique-markdown.ts';
import { countSyllables, readability } from '../../../src/studio/analysis/readability.ts';

const brand = { name: 'Maison Lumière', industry: 'fragrance' };
const critique = (adCopy: string) => critiqueAd(resolveBrief({ type: 'ad-optimizer', concept: 'perfume', brand, adCopy }));

const weak = 'We are a leading company offering innovative, high-quality fragrance solutions for all of your various needs and requirements in the modern world. Learn more.';
const strong = 'Tired of perfume that fades by noon?\nAmbre Doré by Maison Lumière lasts 12 hours. Rated 4.8 by 2,000 customers.\nShop today: free shipping ends Sunday.';

describe('critiqueAd', () => {
  it('scores a strong ad well above a weak one, criterion by criterion', () => {
    const low = critique(weak);
    const high = critique(strong);
    expect(high.score).toBeGreaterThan(low.score + 40);
    const byId = (c: typeof low) => Object.fromEntries(c.criteria.map((x) => [x.id, x.score]));
    for (const id of ['hook', 'clarity', 'cta', 'specificity', 'social-proof', 'urgency', 'brand']) expect(byId(high)[id]).toBeGreaterThan(byId(low)[id]!);
    expect(high.grade).toMatch(/[AB]/);
    expect(low.grade).toBe('F');
  });

  it('improving one thing raises its score: adding a CTA, then urgency', () => {
    const base = 'Ambre Doré lasts 12 hours.';
    const withCta = `${base} Shop the collection.`;
    const withUrgency = `${base} Shop the collection today, offer ends Sunday.`;
    const cta = (text: string) => critique(text).criteria.find((c) => c.id === 'cta')!.score;
    expect(cta(base)).toBe(0);
    expect(cta(withCta)).toBeGreaterThan(cta(base));
    expect(cta(withUrgency)).toBeGreaterThan(cta(withCta));
    expect(critique(withUrgency).score).toBeGreaterThan(critique(withCta).score);
  });

  it('shows its evidence and rewrites the weak parts from real facts', () => {
    const low = critique(weak);
    const hook = low.criteria.find((c) => c.id === 'hook')!;
    expect(hook.evidence.join(' ')).toContain('opens by talking about the company');
    expect(low.criteria.find((c) => c.id === 'specificity')!.evidence.join(' ')).toContain('innovative');
    expect(low.rewrites.hooks).toHaveLength(3);
    expect(low.rewrites.hooks[0]).toMatch(/\?$/);
    expect(low.rewrites.cta.split(' ').length).toBeLessThanOrEqual(6);
    expect(low.rewrites.headline.length).toBeLessThanOrEqual(80);
    expect(low.priorities[0]).toMatch(/^Hook strength|^Specificity/);
    const md = adCritiqueToMarkdown(low);
    expect(md).toContain('| Hook strength |');
    expect(md).toContain('## Rewrites');
  });

  it('reads the page when there is no pasted ad copy', () => {
    const page = critiqueAd(
      resolveBrief({ type: 'ad-optimizer', url: 'https://shop.example/p', brand, source: { title: 'Ambre Doré Eau de Parfum', description: 'A warm amber scent.', claims: ['Rated 4.8 by 2,000 customers'] } }),
    );
    expect(page.origin).toBe('source page');
    expect(page.text).toContain('Rated 4.8');
    expect(page.criteria.find((c) => c.id === 'social-proof')!.score).toBeGreaterThan(0);
  });
});

describe('readability', () => {
  it('counts syllables and ranks plain prose above dense prose', () => {
    expect(countSyllables('perfume')).toBe(2);
    expect(countSyllables('the')).toBe(1);
    expect(countSyllables('innovative')).toBe(4);
    expect(readability('Try it. You will love it. It lasts all day.').fleschReadingEase).toBeGreaterThan(readability(weak).fleschReadingEase);
  });
});
