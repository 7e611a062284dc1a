import { describe, expect, it } from 'vitest';
import { boundMarkup } from '../../src/research/bound-markup.ts';
import { extractPageFacts } from '../../src/research/extract-page-facts.ts';

function timed<T>(work: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = work();
  return { value, ms: performance.now() - started };
}

// Generous against a loaded CI machine; unbounded, the first case alone takes parse5 over ten minutes.
const budgetMs = 8_000;

describe('extractPageFacts on hostile HTML', () => {
  it.each([
    ['200 000 unclosed divs', `<title>T</title>${'<div>'.repeat(200_000)}<p>x</p>`],
    ['deeply nested inline tags', `<main>${'<span>'.repeat(300_000)}hello</main>`],
    ['a formatting-element amplifier', `${Array.from({ length: 300 }, (_, i) => `<b id=${i}>`).join('')}${'<p>x</p>'.repeat(180_000)}`],
    ['stray end tags under a deep stack', `${'<div>'.repeat(300)}${'</span>'.repeat(300_000)}`],
    ['nested tables', '<table><tr><td>'.repeat(100_000)],
    ['a 15 MB page', `<title>Top</title><main><h1>Top</h1>${'<p>filler text that goes on and on</p>'.repeat(400_000)}</main>`],
    ['200 000 attributes on one tag', `<div ${'a="1" '.repeat(200_000)}>x</div>`],
    ['100 000 levels of JSON-LD arrays', `<script type="application/ld+json">${'['.repeat(100_000)}${']'.repeat(100_000)}</script>`],
    ['5 000 JSON-LD blocks', '<script type="application/ld+json">{"@type":"Product","offers":{"price":"1","priceCurrency":"USD"}}</script>'.repeat(5_000)],
  ])('stays bounded on %s', (_name, html) => {
    const { value, ms } = timed(() => extractPageFacts(html, 'https://hostile.example/'));
    expect(value.url).toBe('https://hostile.example/');
    expect(ms).toBeLessThan(budgetMs);
  });

  it('skips malformed JSON-LD and still reads the valid block', () => {
    const html = `<script type="application/ld+json">{ "@type": "Product", "offers": </script>
      <script type="application/ld+json"><!-- {"@type":"Product","name":"Kettle","offers":{"price":"89","priceCurrency":"EUR"}} --></script>`;
    expect(extractPageFacts(html, 'https://shop.example/kettle').price).toBe('€89');
  });
});

describe('boundMarkup', () => {
  it('returns an ordinary page unchanged', () => {
    const html = '<html><body><div class="a"><ul><li>one<li>two</ul><p>text <b>bold</b></p><script>if (a < b) "<div>"</script></div></body></html>';
    expect(boundMarkup(html)).toBe(html);
  });

  it('drops start tags past the depth limit but keeps their text', () => {
    const html = `${'<div>'.repeat(5)}deep${'</div>'.repeat(5)}`;
    expect(boundMarkup(html, { maxDepth: 3, maxOpenFormatting: 4, maxElements: 100 })).toBe(`${'<div>'.repeat(3)}deep${'</div>'.repeat(5)}`);
  });

  it('does not count tag-like text inside scripts and comments', () => {
    const html = `<div><script>${'"<div>"'.repeat(10)}</script><!-- ${'<div>'.repeat(10)} --><span>x</span></div>`;
    expect(boundMarkup(html, { maxDepth: 2, maxOpenFormatting: 4, maxElements: 100 })).toBe(html);
  });

  it('cuts the page after the element limit', () => {
    expect(boundMarkup('<p>1</p><p>2</p><p>3</p>', { maxDepth: 10, maxOpenFormatting: 4, maxElements: 2 })).toBe('<p>1</p><p>2</p>');
  });
});
