import { load } from 'cheerio';
import { boundMarkup } from './bound-markup.ts';
import { readJsonLd } from './json-ld.ts';
import type { CheerioAPI } from 'cheerio';
import type { JsonLdNode } from './json-ld.ts';

/** A parsed page as every extractor sees it. */
export interface PageContext {
  $: CheerioAPI;
  jsonLd: JsonLdNode[];
  pageUrl: URL;
  /** Where relative links resolve: `<base href>` when present, else the page URL. */
  baseUrl: URL;
}

/** Pages past this size are cut before parsing: the facts live near the top, and parse time is linear. */
export const maxHtmlChars = 1_500_000;

export function readPage(html: string, pageUrl: string): PageContext {
  const $ = load(boundMarkup(html.length > maxHtmlChars ? html.slice(0, maxHtmlChars) : html));
  const url = new URL(pageUrl);
  const jsonLd = readJsonLd($);
  // Code and styling are not content: drop them so element text is what a visitor reads.
  $('script, style, noscript, template, svg').remove();
  return { $, jsonLd, pageUrl: url, baseUrl: baseOf($, url) };
}

function baseOf($: CheerioAPI, pageUrl: URL): URL {
  const href = $('base[href]').first().attr('href');
  if (!href) return pageUrl;
  try {
    const base = new URL(href, pageUrl);
    return base.protocol === 'http:' || base.protocol === 'https:' ? base : pageUrl;
  } catch {
    return pageUrl;
  }
}
