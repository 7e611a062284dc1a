import { describe, expect, it } from 'vitest';
import { extractPageFacts } from '../../src/research/extract-page-facts.ts';

// Hand-made shop page: no metadata at all, table layout, inline junk, a relative base.
const messyPage = `<html><head><base href="/shop/"></head>
<body bgcolor=white>
<table><tr><td>
<ul><li><a href=/>home</a><li><a href=/about>about</a><li><a href=/cart>cart (0)</a></ul>
</td><td>
<font size=5><b>GRANDPA'S HOT SAUCE</b></font>
<div>
  <span class="prodPrice">Only  $ 12.50 per bottle!</span>
  <img src="images/bottle.JPG" width="300"><img src="images/spacer.gif" width="1" height="1">
  <img src="//cdn.grandpas.example/photos/label.png">
  <img src="javascript:alert(1)">
</div>
<p>hi</p>
<p>Grandpa's hot sauce is made by hand in tiny batches from habaneros grown on our own farm, with no preservatives and nothing artificial.</p>
<ul>
  <li>Fermented for 90 days
  <li>Gluten free and vegan
  <li><a href="/faq">FAQ</a>
</ul>
<p>⭐⭐⭐⭐⭐ "Puts every supermarket sauce to shame" - Dave, Ohio</p>
</td></tr></table>
<script>document.write('<h1>Injected</h1>')</script>
</body></html>`;

describe('extractPageFacts on a messy page without metadata', () => {
  const facts = extractPageFacts(messyPage, 'https://www.grandpas.example/shop/hot-sauce.html');

  it('falls back to the host name and the first substantial paragraph', () => {
    expect(facts.title).toBeUndefined();
    expect(facts.siteName).toBe('grandpas.example');
    expect(facts.description).toBe(
      "Grandpa's hot sauce is made by hand in tiny batches from habaneros grown on our own farm, with no preservatives and nothing artificial.",
    );
  });

  it('finds the price by its currency pattern', () => {
    expect(facts.price).toBe('$ 12.50');
  });

  it('resolves images against <base>, keeps real photos and drops pixels and script URLs', () => {
    expect(facts.images).toEqual(['https://www.grandpas.example/shop/images/bottle.JPG', 'https://cdn.grandpas.example/photos/label.png']);
  });

  it('keeps real bullets but not navigation links', () => {
    expect(facts.claims).toEqual(
      expect.arrayContaining(['Fermented for 90 days', 'Gluten free and vegan']),
    );
    expect(facts.claims?.some((claim) => /home|about|FAQ/i.test(claim))).toBe(false);
  });

  it('has no headings and no script text', () => {
    expect(facts.headings).toBeUndefined();
    expect(JSON.stringify(facts)).not.toContain('Injected');
    expect(facts.signals).toMatchObject({ https: true, hasLocalBusinessSchema: false, titleLength: 0, descriptionLength: 0 });
  });
});
