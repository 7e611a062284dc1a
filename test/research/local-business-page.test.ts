import { describe, expect, it } from 'vitest';
import { extractPageFacts } from '../../src/research/extract-page-facts.ts';

const bakeryPage = `<!DOCTYPE html>
<html>
<head>
  <title>Crumb &amp; Co. Bakery | Sourdough in Portland</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <script type="application/ld+json">{ "this is": "not valid JSON", }</script>
  <script type="application/ld+json">
  {
    "@context": "http://schema.org",
    "@type": "Bakery",
    "name": "Crumb & Co. Bakery",
    "image": "https://crumbandco.example/img/storefront.jpg",
    "telephone": "+1 503-555-0142",
    "email": "hello@crumbandco.example",
    "address": {
      "@type": "PostalAddress",
      "streetAddress": "1428 SE Division St",
      "addressLocality": "Portland",
      "addressRegion": "OR",
      "postalCode": "97202",
      "addressCountry": { "@type": "Country", "name": "US" }
    },
    "openingHoursSpecification": [
      { "@type": "OpeningHoursSpecification", "dayOfWeek": ["https://schema.org/Tuesday", "Wednesday", "Thursday", "Friday"], "opens": "07:00:00", "closes": "15:00:00" },
      { "@type": "OpeningHoursSpecification", "dayOfWeek": "Saturday", "opens": "08:00", "closes": "14:00" }
    ],
    "aggregateRating": { "@type": "AggregateRating", "ratingValue": 4.7, "ratingCount": 312 },
    "priceRange": "$$"
  }
  </script>
</head>
<body>
  <div class="site-header"><a href="/"><img src="/img/logo.png" width="32" height="32" alt="logo"></a></div>
  <section class="hero">
    <h1>Naturally leavened bread, baked every morning</h1>
    <p>Crumb &amp; Co. is a neighbourhood bakery on Division Street. We bake with organic, locally milled flour and long, slow fermentation, so every loaf is easier to digest and full of flavour.</p>
  </section>
  <section class="menu-highlights">
    <h2>Today at the counter</h2>
    <ul>
      <li>Country sourdough, 48-hour ferment</li>
      <li>Cardamom knots on Saturdays</li>
    </ul>
  </section>
  <section class="testimonials">
    <h2>What neighbours say</h2>
    <p>"Best croissants in Portland, hands down — and the staff remember your order."</p>
  </section>
  <section>
    <h2>Visit us</h2>
    <iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12" width="600" height="450" loading="lazy"></iframe>
    <p>Call <a href="tel:+15035550142">(503) 555-0142</a> or <a href="/contact">send us a note</a>.</p>
  </section>
</body>
</html>`;

describe('extractPageFacts on a local bakery page with LocalBusiness schema', () => {
  const facts = extractPageFacts(bakeryPage, 'http://crumbandco.example/');

  it('fills the local-business signals from the schema', () => {
    expect(facts.signals).toEqual({
      https: false,
      hasLocalBusinessSchema: true,
      hasMap: true,
      hasContactLink: true,
      titleLength: 'Crumb & Co. Bakery | Sourdough in Portland'.length,
      descriptionLength: 0,
      address: '1428 SE Division St, Portland, OR, 97202, US',
      phone: '+1 503-555-0142',
      email: 'hello@crumbandco.example',
      hours: 'Tuesday, Wednesday, Thursday, Friday 07:00-15:00; Saturday 08:00-14:00',
      rating: 4.7,
      reviewCount: 312,
    });
  });

  it('ignores the malformed JSON-LD block and still names the business', () => {
    expect(facts.siteName).toBe('Crumb & Co. Bakery');
    expect(facts.title).toBe('Crumb & Co. Bakery | Sourdough in Portland');
  });

  it('falls back to the first substantial paragraph for the description', () => {
    expect(facts.description).toMatch(/^Crumb & Co\. is a neighbourhood bakery on Division Street\./);
  });

  it('keeps the business photo and skips the icon-sized logo', () => {
    expect(facts.images).toEqual(['https://crumbandco.example/img/storefront.jpg']);
  });

  it('finds selling points and the neighbour quote', () => {
    expect(facts.claims).toEqual([
      'Country sourdough, 48-hour ferment',
      'Cardamom knots on Saturdays',
      'We bake with organic, locally milled flour and long, slow fermentation, so every loaf is easier to digest and full of flavour.',
      'Best croissants in Portland, hands down — and the staff remember your order.',
    ]);
    expect(facts.price).toBeUndefined();
  });
});

describe('local signals without JSON-LD', () => {
  it('reads the phone from a tel: link, the address element and microdata hours', () => {
    const html = `<html><head><title>Quick Fix Plumbing</title><meta name="description" content="Emergency plumbers in Leeds."></head>
      <body><h1>Quick Fix Plumbing</h1>
      <address>12 Kirkgate, Leeds LS1 6BY</address>
      <meta itemprop="openingHours" content="Mo-Su 00:00-23:59">
      <a href="tel:+44%20113%20496%200000">Call now</a>
      <a href="https://maps.app.goo.gl/abc123">Directions</a></body></html>`;
    expect(extractPageFacts(html, 'https://quickfix.example/').signals).toEqual({
      https: true,
      hasLocalBusinessSchema: false,
      hasMap: true,
      hasContactLink: true,
      titleLength: 18,
      descriptionLength: 28,
      address: '12 Kirkgate, Leeds LS1 6BY',
      phone: '+44 113 496 0000',
      hours: 'Mo-Su 00:00-23:59',
    });
  });
});
