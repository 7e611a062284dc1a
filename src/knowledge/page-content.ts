import { Readability } from '@mozilla/readability';
import { type CheerioAPI, load } from 'cheerio';
import { parseHTML } from 'linkedom';
import { boundMarkup } from '../research/bound-markup.ts';
import { chromeSelector } from '../research/content-areas.ts';
import { cleanText, squish } from '../research/clean-text.ts';
import type { ExtractedDocument } from './extracted-document.ts';

/** Elements that end a line of text: their contents become separate blocks. */
const blockSelector =
  'address, article, aside, blockquote, dd, div, dl, dt, figcaption, figure, h1, h2, h3, h4, h5, h6, header, footer, li, main, ol, p, pre, section, table, tr, td, th, ul';
/** Below this much text, Readability has found a fragment (a cookie banner), not the article. */
const minArticleChars = 200;
/** Readability gives up on larger pages rather than walking them for seconds. */
const maxReadabilityElements = 20_000;

/**
 * The main content of a web page as text blocks, the way a reader sees it: Mozilla's Readability
 * (on linkedom) picks the article and drops navigation, ads and footers; when it finds nothing
 * worth keeping, the text of <main>, <article> or the body without the page chrome.
 */
export function extractPageContent(html: string): ExtractedDocument {
  const bounded = boundMarkup(html);
  const article = readArticle(bounded);
  const $ = load(bounded);
  const title = cleanText($('meta[property="og:title"]').attr('content') ?? $('title').first().text() ?? '', 300) || cleanText($('h1').first().text(), 300);
  if (article && squish(article.textContent).length >= minArticleChars) {
    return { ...(title ? { title } : {}), blocks: blocksOf(load(article.content)) };
  }
  $('script, style, noscript, template, svg, iframe').remove();
  $(chromeSelector).remove();
  const main = $('main, article, [role="main"]').first();
  const root = main.length > 0 ? main : $('body');
  return { ...(title ? { title } : {}), blocks: blocksOf(load(root.html() ?? '')) };
}

function readArticle(html: string): { textContent: string; content: string } | undefined {
  try {
    const { document } = parseHTML(html);
    const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { maxElemsToParse: maxReadabilityElements, charThreshold: minArticleChars }).parse();
    return article?.content && article.textContent ? { textContent: article.textContent, content: article.content } : undefined;
  } catch {
    // Too many elements, or markup linkedom cannot model: the plain fallback still reads it.
    return undefined;
  }
}

/** Text per block element, in document order: line breaks around blocks, then one block per line. */
function blocksOf($: CheerioAPI): string[] {
  $('script, style, noscript, template').remove();
  $('br').replaceWith('\n');
  $(blockSelector).each((_index, element) => {
    $(element).prepend('\n').append('\n');
  });
  return ($.root().text() ?? '')
    .split('\n')
    .map((line) => squish(line))
    .filter(Boolean);
}
