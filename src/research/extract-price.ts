import { cleanText } from './clean-text.ts';
import { formatPrice } from './format-price.ts';
import { nodesOfType, objectsOf, textOf } from './json-ld.ts';
import { metaContent } from './meta-content.ts';
import type { PageContext } from './page-context.ts';

const productTypes = new Set(['Product', 'ProductGroup', 'IndividualProduct', 'Vehicle', 'Book']);

// "$49", "US$ 1,299.00", "€12,50", "12,50 €", "£9.99", "1.299,00 EUR".
const amount = String.raw`\d{1,3}(?:[,.\u00a0 ]\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const currencyPattern = new RegExp(
  String.raw`(?:(?:US|CA|AU|NZ|HK|S|R)?\$|[€£¥₹₩₽]|\b(?:USD|EUR|GBP|CAD|AUD|CHF)\b)\s?(?:${amount})|(?:${amount})\s?(?:€|£|\b(?:USD|EUR|GBP|CHF|kr|zł)\b)`,
);

// Struck-through or "was" prices are not the price.
const oldPriceSelector =
  'del, s, strike, [class*="old-price" i], [class*="price-old" i], [class*="was-price" i], [class*="price-was" i], [class*="compare" i]';

/** JSON-LD offer, then product meta tags, then microdata, then a currency amount near the title. */
export function extractPrice(page: PageContext): string | undefined {
  const price = fromJsonLd(page) ?? fromMeta(page) ?? fromMicrodata(page) ?? fromText(page);
  return price ? cleanText(price, 100) : undefined;
}

function fromJsonLd({ jsonLd }: PageContext): string | undefined {
  for (const product of nodesOfType(jsonLd, productTypes)) {
    for (const offer of objectsOf(product.offers)) {
      const value = textOf(offer.price) ?? textOf(offer.lowPrice) ?? textOf(objectsOf(offer.priceSpecification)[0]?.price);
      const currency = textOf(offer.priceCurrency) ?? textOf(objectsOf(offer.priceSpecification)[0]?.priceCurrency);
      const formatted = value ? formatPrice(value, currency) : undefined;
      if (formatted) return formatted;
    }
  }
  return undefined;
}

function fromMeta({ $ }: PageContext): string | undefined {
  const value = metaContent($, 'product:price:amount', 'og:price:amount');
  return value ? formatPrice(value, metaContent($, 'product:price:currency', 'og:price:currency')) : undefined;
}

function fromMicrodata({ $ }: PageContext): string | undefined {
  const element = $('[itemprop="price"]').first();
  if (element.length === 0) return undefined;
  const value = element.attr('content') ?? element.text();
  const currencyElement = $('[itemprop="priceCurrency"]').first();
  const currency = currencyElement.attr('content') ?? currencyElement.text();
  if (/[^\d.,\s]/.test(value.trim())) return currencyPattern.exec(value)?.[0] ?? formatPrice(value, currency);
  return formatPrice(value, currency || undefined);
}

function fromText({ $ }: PageContext): string | undefined {
  const priced = $('[class*="price" i], [id*="price" i], [data-price]').slice(0, 30).toArray();
  for (const element of priced) {
    if ($(element).closest(oldPriceSelector).length > 0) continue;
    const match = currencyPattern.exec($(element).text());
    if (match) return match[0];
  }
  // Near the title: the h1's surroundings, a few levels up, read as one bounded text.
  // Old prices are removed by their text: a scoped `.find()` is slow on large pages.
  const oldPrices = $(oldPriceSelector)
    .slice(0, 20)
    .toArray()
    .map((element) => $(element).text())
    .filter((text) => text.trim() !== '');
  let around = $('h1').first().parent();
  for (let level = 0; level < 3 && around.length > 0; level += 1) {
    const text = oldPrices.reduce((remaining, old) => remaining.replace(old, ' '), around.text());
    const match = currencyPattern.exec(text.slice(0, 3000));
    if (match) return match[0];
    around = around.parent();
  }
  return undefined;
}
