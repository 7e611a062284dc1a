import { cleanText, uniqueTexts } from './clean-text.ts';
import type { PageContext } from './page-context.ts';

/** h1–h3 in document order: the structure `clone` re-applies. */
export function extractHeadings({ $ }: PageContext): string[] {
  const texts = $('h1, h2, h3')
    .slice(0, 300)
    .toArray()
    .map((element) => cleanText($(element).text(), 300));
  return uniqueTexts(texts, 50);
}
