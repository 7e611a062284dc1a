import { cleanText } from './clean-text.ts';
import { metaContent } from './meta-content.ts';
import type { PageContext } from './page-context.ts';

/** og:title, then `<title>`, then the first h1: the name the page gives itself. */
export function extractTitle({ $ }: PageContext): string | undefined {
  const candidates = [metaContent($, 'og:title', 'twitter:title'), $('title').first().text(), $('h1').first().text()];
  for (const candidate of candidates) {
    const text = cleanText(candidate ?? '', 500);
    if (text) return text;
  }
  return undefined;
}
