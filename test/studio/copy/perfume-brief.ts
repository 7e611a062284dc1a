import { resolveBrief, type Brief } from '../../../src/studio/brief.ts';

/** A fragrance brief with page facts and a knowledge base, shared by the studio tests. */
export function perfumeBrief(overrides: Record<string, unknown> = {}): Brief {
  return resolveBrief({
    type: 'cinematic',
    concept: 'Luxury perfume ad with golden tones',
    framework: 'pas',
    brand: {
      name: 'Maison Lumière',
      industry: 'fragrance',
      tone: 'luxurious, warm',
      targetAudience: 'women 30-45 who love niche scents',
      colors: { primary: '#c8a24a' },
    },
    source: {
      title: 'Ambre Doré Eau de Parfum | Maison Lumière',
      price: '$120',
      claims: ['Long-lasting 12-hour wear', 'Hand-blended with Grasse jasmine', 'Rated 4.8 by 2,000 customers'],
      images: ['https://example.com/bottle.jpg', 'https://example.com/box.jpg'],
    },
    knowledge: [
      { id: 'k1', source: 'about.txt', text: 'Our bottles are refilled in Grasse since 1921.' },
      { id: 'k2', source: 'faq.txt', text: 'The office is closed on public holidays. Parking is available behind the building.' },
    ],
    ...overrides,
  });
}
