import { describe, expect, it } from 'vitest';
import { extractPageContent } from '../../src/knowledge/page-content.ts';

const article = `<!doctype html><html><head><title>About us | Kettle Co</title></head><body>
<nav><a href="/">Home</a><a href="/shop">Shop all kettles</a></nav>
<main><article><h1>About Kettle Co</h1>
<p>We have made enamel kettles in Sheffield since 1952. Every kettle is hand-finished and tested twice before it leaves the workshop.</p>
<p>Our kettles whistle at 90 decibels, loud enough to hear from the garden, and the stay-cool handle never gets hot.</p>
<ul><li>Free repairs for ten years</li><li>Ships in 2 days</li></ul></article></main>
<footer>Cookie policy. Copyright 2024 Kettle Co.</footer><script>var tracking = "Sheffield";</script></body></html>`;

describe('extractPageContent', () => {
  it('keeps the article as separate blocks and drops navigation, footer and scripts (Readability)', () => {
    const page = extractPageContent(article);
    expect(page.title).toBe('About us | Kettle Co');
    expect(page.blocks).toContain('We have made enamel kettles in Sheffield since 1952. Every kettle is hand-finished and tested twice before it leaves the workshop.');
    expect(page.blocks).toContain('Free repairs for ten years');
    expect(page.blocks).toContain('Ships in 2 days');
    const all = page.blocks.join('\n');
    expect(all).not.toMatch(/Shop all kettles|Cookie policy|tracking/);
  });

  it('falls back on the text of <main> when there is no article to find', () => {
    const page = extractPageContent(
      '<html><head><title>Hours</title></head><body><header>Menu</header><main><h2>Opening hours</h2><p>Mon–Fri 9–17</p></main><footer>© Us</footer></body></html>',
    );
    expect(page).toEqual({ title: 'Hours', blocks: ['Opening hours', 'Mon–Fri 9–17'] });
  });

  it('survives markup nested ten thousand levels deep', () => {
    const hostile = `<html><body>${'<div>'.repeat(10_000)}Deep fact${'</div>'.repeat(10_000)}</body></html>`;
    expect(extractPageContent(hostile).blocks.join(' ')).toContain('Deep fact');
  });
});
