import { describe, expect, it } from 'vitest';
import { extractPageFacts } from '../../src/research/extract-page-facts.ts';

const productPage = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Lune Silk Pillowcase – Maison Lune</title>
  <meta name="description" content="Mulberry silk pillowcase that keeps hair smooth and skin hydrated.">
  <meta property="og:title" content="Lune Silk Pillowcase">
  <meta property="og:site_name" content="Maison Lune">
  <meta property="og:image" content="/cdn/images/pillowcase-hero.jpg?v=3">
  <meta property="og:description" content="22-momme mulberry silk. Sleep cooler, wake up with smoother hair.">
  <link rel="icon" href="/favicon.svg">
  <script type="application/ld+json">
  {
    "@context": "https://schema.org",
    "@graph": [
      { "@type": "Organization", "name": "Maison Lune SAS", "logo": "https://maison-lune.com/logo.png" },
      {
        "@type": "Product",
        "name": "Lune Silk Pillowcase",
        "image": ["https://cdn.maison-lune.com/p/pillow-1.jpg", { "@type": "ImageObject", "url": "https://cdn.maison-lune.com/p/pillow-2.webp" }],
        "description": "A 22-momme mulberry silk pillowcase.",
        "offers": { "@type": "Offer", "price": "49.00", "priceCurrency": "USD", "availability": "https://schema.org/InStock" },
        "aggregateRating": { "@type": "AggregateRating", "ratingValue": "4.8", "reviewCount": "1,204" },
        "review": [
          { "@type": "Review", "reviewBody": "My hair is noticeably less frizzy after two weeks &amp; I sleep cooler.", "author": "Ana" },
          { "@type": "Review", "reviewBody": "Worth every penny." }
        ]
      }
    ]
  }
  </script>
  <script>window.dataLayer = [{ "price": "$1" }];</script>
  <style>.price { color: red }</style>
</head>
<body>
  <header><nav><ul><li><a href="/">Home</a></li><li><a href="/shop">Shop all products</a></li><li><a href="/contact">Contact us</a></li></ul></nav></header>
  <main>
    <div class="product-gallery">
      <img src="/cdn/images/pillowcase-hero.jpg?v=3" alt="Pillowcase on a bed">
      <img data-src="/cdn/images/pillowcase-detail.jpg" src="data:image/gif;base64,R0lGOD" alt="Detail">
      <img srcset="/cdn/images/side-400.jpg 400w, /cdn/images/side-1200.jpg 1200w" alt="Side">
      <img src="/icons/zoom.svg" alt="zoom">
    </div>
    <h1>Lune Silk Pillowcase</h1>
    <p class="product-price"><del>$69.00</del> <span>$49.00</span></p>
    <h2>Why you'll love it</h2>
    <ul class="product-features">
      <li>22-momme grade 6A mulberry silk</li>
      <li>Hidden zipper keeps the pillow in place</li>
      <li>Machine washable on a delicate cycle</li>
      <li>22-momme grade 6A mulberry silk</li>
    </ul>
    <p>Our silk is woven in small batches. Free shipping on every order over $40, and returns are free for 30 days.</p>
    <h2>Reviews</h2>
    <blockquote>“The only pillowcase I will ever buy again.”</blockquote>
    <h3>Care guide</h3>
  </main>
  <footer><ul><li>© 2025 Maison Lune, all rights reserved</li></ul></footer>
  <img src="https://www.facebook.com/tr?id=1&ev=PageView" width="1" height="1" alt="">
</body>
</html>`;

describe('extractPageFacts on a product page with JSON-LD', () => {
  const facts = extractPageFacts(productPage, 'https://maison-lune.com/products/silk-pillowcase?variant=7');

  it('prefers og metadata for title, description and site name', () => {
    expect(facts).toMatchObject({
      url: 'https://maison-lune.com/products/silk-pillowcase?variant=7',
      title: 'Lune Silk Pillowcase',
      description: '22-momme mulberry silk. Sleep cooler, wake up with smoother hair.',
      siteName: 'Maison Lune',
    });
  });

  it('reads the price from the JSON-LD offer, formatted as a shopper reads it', () => {
    expect(facts.price).toBe('$49.00');
  });

  it('collects images from og, JSON-LD and the gallery as absolute, unique URLs, skipping svg icons and pixels', () => {
    expect(facts.images).toEqual([
      'https://maison-lune.com/cdn/images/pillowcase-hero.jpg?v=3',
      'https://cdn.maison-lune.com/p/pillow-1.jpg',
      'https://cdn.maison-lune.com/p/pillow-2.webp',
      'https://maison-lune.com/cdn/images/pillowcase-detail.jpg',
      'https://maison-lune.com/cdn/images/side-1200.jpg',
    ]);
  });

  it('gathers feature bullets, benefit sentences and review quotes, deduplicated, without navigation', () => {
    expect(facts.claims).toEqual([
      '22-momme grade 6A mulberry silk',
      'Hidden zipper keeps the pillow in place',
      'Machine washable on a delicate cycle',
      'Free shipping on every order over $40, and returns are free for 30 days.',
      'My hair is noticeably less frizzy after two weeks & I sleep cooler.',
      'Worth every penny.',
      'The only pillowcase I will ever buy again.',
    ]);
  });

  it('lists h1–h3 in document order', () => {
    expect(facts.headings).toEqual(['Lune Silk Pillowcase', "Why you'll love it", 'Reviews', 'Care guide']);
  });

  it('records rating signals from the product and the page basics', () => {
    expect(facts.signals).toEqual({
      https: true,
      hasLocalBusinessSchema: false,
      hasMap: false,
      hasContactLink: true,
      titleLength: 'Lune Silk Pillowcase – Maison Lune'.length,
      descriptionLength: 'Mulberry silk pillowcase that keeps hair smooth and skin hydrated.'.length,
      rating: 4.8,
      reviewCount: 1204,
    });
  });
});
