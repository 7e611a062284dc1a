import { cleanText } from './clean-text.ts';
import { formatAddress, formatOpeningHours, numberOf } from './business-details.ts';
import { nodesOfType, objectsOf, textOf } from './json-ld.ts';
import { localBusinessTypes } from './local-business-types.ts';
import { metaContent } from './meta-content.ts';
import type { PageContext } from './page-context.ts';

export type Signals = Record<string, string | number | boolean>;

const organizationTypes = new Set(['Organization', 'Corporation', ...localBusinessTypes]);
const mapUrl = /google\.[a-z.]+\/maps|maps\.google\.|goo\.gl\/maps|maps\.app\.goo\.gl|openstreetmap\.org|maps\.apple\.com|bing\.com\/maps/i;

/**
 * What `local-audit` scores: contact details, hours and reviews from LocalBusiness markup (or
 * the page's own links), plus the basics a search engine looks at. Keys appear only when found,
 * except the booleans and lengths, which are always present.
 */
export function extractSignals(page: PageContext): Signals {
  const { $, jsonLd } = page;
  const business = nodesOfType(jsonLd, localBusinessTypes)[0];
  const organization = business ?? nodesOfType(jsonLd, organizationTypes)[0];
  const rated = [business, ...jsonLd].find((node) => node && objectsOf(node.aggregateRating).length > 0);
  const rating = objectsOf(rated?.aggregateRating)[0];
  const telLink = $('a[href^="tel:" i]').first().attr('href');
  const mailLink = $('a[href^="mailto:" i]').first().attr('href');

  const signals: Signals = {
    https: page.pageUrl.protocol === 'https:',
    hasLocalBusinessSchema: business !== undefined,
    hasMap: hasMap(page) || Boolean(business?.hasMap),
    hasContactLink: Boolean(telLink || mailLink) || $('a[href*="contact" i]').length > 0,
    // Lengths of the tags a search result shows, not of the fallbacks extractTitle may use.
    titleLength: cleanText($('title').first().text(), 10_000).length,
    descriptionLength: cleanText(metaContent($, 'description') ?? '', 10_000).length,
  };
  const address = formatAddress(organization?.address) ?? formatAddress(nodesOfType(jsonLd, new Set(['PostalAddress']))[0]) ?? addressElement(page);
  const phone = textOf(organization?.telephone) ?? (telLink ? decodeLink(telLink.slice(4)) : undefined);
  const email = textOf(organization?.email)?.replace(/^mailto:/i, '') ?? (mailLink ? decodeLink(mailLink.slice(7).split('?')[0] ?? '') : undefined);
  const hours = (business && formatOpeningHours(business)) ?? microdataHours(page);
  const ratingValue = numberOf(rating?.ratingValue);
  const reviewCount = numberOf(rating?.reviewCount) ?? numberOf(rating?.ratingCount);
  if (address) signals.address = address;
  if (phone?.trim()) signals.phone = cleanText(phone, 50);
  if (email?.trim()) signals.email = cleanText(email, 200);
  if (hours) signals.hours = hours;
  if (ratingValue !== undefined) signals.rating = ratingValue;
  if (reviewCount !== undefined) signals.reviewCount = reviewCount;
  return signals;
}

function hasMap({ $ }: PageContext): boolean {
  const links = $('iframe[src], a[href]').slice(0, 2000).toArray();
  return links.some((element) => mapUrl.test($(element).attr('src') ?? $(element).attr('href') ?? ''));
}

function addressElement({ $ }: PageContext): string | undefined {
  const text = cleanText($('address, [itemprop="address"]').first().text(), 300);
  return text || undefined;
}

function microdataHours({ $ }: PageContext): string | undefined {
  const hours = $('[itemprop="openingHours"]')
    .slice(0, 14)
    .toArray()
    .map((element) => $(element).attr('content') ?? $(element).attr('datetime') ?? $(element).text())
    .map((text) => cleanText(text, 100))
    .filter(Boolean);
  return hours.length > 0 ? cleanText(hours.join('; '), 300) : undefined;
}

function decodeLink(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
