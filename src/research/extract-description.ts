import { chromeSelector, contentAreaSelector, within } from './content-areas.ts';
import { cleanText, htmlToText } from './clean-text.ts';
import { nodesOfType, textOf } from './json-ld.ts';
import { metaContent } from './meta-content.ts';
import type { PageContext } from './page-context.ts';

const describedTypes = new Set(['Product', 'LocalBusiness', 'Organization', 'WebPage', 'Article']);

/** og/meta description, then a JSON-LD description, then the first substantial paragraph. */
export function extractDescription(page: PageContext): string | undefined {
  const { $ } = page;
  const meta = metaContent($, 'og:description', 'description', 'twitter:description');
  if (meta) return cleanText(meta, 5000) || undefined;
  for (const node of nodesOfType(page.jsonLd, describedTypes)) {
    const text = textOf(node.description);
    if (text) return cleanText(htmlToText(text), 5000) || undefined;
  }
  return firstParagraph(page);
}

function firstParagraph({ $ }: PageContext): string | undefined {
  const scope = $(contentAreaSelector).length > 0 ? $(within(contentAreaSelector, 'p')) : $('p');
  let found: string | undefined;
  scope.slice(0, 200).each((_, element) => {
    const paragraph = $(element);
    if (paragraph.closest(chromeSelector).length > 0) return true;
    const text = cleanText(paragraph.text(), 1000);
    // "Substantial": a sentence or more, not a caption or a button label.
    if (text.length >= 60 && text.split(' ').length >= 8) {
      found = text;
      return false;
    }
    return true;
  });
  return found;
}
