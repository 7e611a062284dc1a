import { cleanText } from './clean-text.ts';
import { nodesOfType, textOf } from './json-ld.ts';
import { localBusinessTypes } from './local-business-types.ts';
import { metaContent } from './meta-content.ts';
import type { PageContext } from './page-context.ts';

const siteTypes = new Set(['WebSite', 'Organization', 'Corporation', 'Brand', 'OnlineStore']);

/** og:site_name, then a JSON-LD site, organisation or business name, then the host name. */
export function extractSiteName(page: PageContext): string {
  const { $, jsonLd } = page;
  const fromMeta = metaContent($, 'og:site_name', 'application-name');
  if (fromMeta) return cleanText(fromMeta, 200);
  for (const node of [...nodesOfType(jsonLd, siteTypes), ...nodesOfType(jsonLd, localBusinessTypes)]) {
    const name = textOf(node.name);
    if (name?.trim()) return cleanText(name, 200);
  }
  return page.pageUrl.hostname.replace(/^www\./, '');
}
