import { sourceFacts } from '../studio/brief.ts';
import { extractClaims } from './extract-claims.ts';
import { extractDescription } from './extract-description.ts';
import { extractHeadings } from './extract-headings.ts';
import { extractImages } from './extract-images.ts';
import { extractPrice } from './extract-price.ts';
import { extractSignals } from './extract-signals.ts';
import { extractSiteName } from './extract-site-name.ts';
import { extractTitle } from './extract-title.ts';
import { readPage } from './page-context.ts';
import type { SourceFacts } from '../studio/brief.ts';

/**
 * The studio's page facts from raw HTML: pure, offline and bounded (oversized pages are cut
 * before parsing, broken JSON-LD is skipped). Empty findings are left out rather than sent as
 * empty strings or lists. `images` are absolute URLs here; researchPage() swaps in local files.
 */
export function extractPageFacts(html: string, pageUrl: string): SourceFacts {
  const page = readPage(html, pageUrl);
  const title = extractTitle(page);
  const description = extractDescription(page);
  const price = extractPrice(page);
  const images = extractImages(page);
  const claims = extractClaims(page, description);
  const headings = extractHeadings(page);
  return sourceFacts.parse({
    url: page.pageUrl.href,
    ...(title ? { title } : {}),
    ...(description ? { description } : {}),
    ...(price ? { price } : {}),
    ...(images.length > 0 ? { images } : {}),
    ...(claims.length > 0 ? { claims } : {}),
    siteName: extractSiteName(page),
    ...(headings.length > 0 ? { headings } : {}),
    signals: extractSignals(page),
  });
}
