import { cleanText, htmlToText, uniqueTexts } from './clean-text.ts';
import { chromeSelector, contentAreaSelector, within } from './content-areas.ts';
import { nodesOfType, textOf } from './json-ld.ts';
import type { PageContext } from './page-context.ts';

const maxClaims = 30;
const bulletAreas = '[class*="feature" i], [class*="benefit" i], [class*="highlight" i], [class*="spec" i], [class*="detail" i]';
const quoteSelector = '[itemprop="reviewBody"], blockquote, q, [class*="testimonial" i] p, [class*="review" i] p';
const reviewTypes = new Set(['Review', 'UserReview', 'CriticReview']);

// Words that mark a sentence as a selling point rather than narration.
const benefitCue =
  /\b(?:free|fast|quick|easy|guarantee[ds]?|warranty|organic|natural|hand-?made|handcrafted|fresh(?:ly)?|award|best|premium|save[sd]?|saving|without|certified|proven|lasts?|durable|waterproof|lightweight|returns?|shipping|delivery|delivered|local(?:ly)?|every day|daily|no [a-z]+)\b|\d+\s?%/i;

/** Feature bullets, benefit sentences and review quotes, trimmed, deduplicated and bounded. */
export function extractClaims(page: PageContext, description?: string): string[] {
  const claims = [...featureBullets(page).slice(0, 15), ...benefitSentences(page, description).slice(0, 8), ...reviewQuotes(page).slice(0, 7)];
  return uniqueTexts(
    claims.map((claim) => claim.replace(/^["“”']+|["“”']+$/g, '')).filter((claim) => claim.length >= 8),
    maxClaims,
  );
}

function featureBullets({ $ }: PageContext): string[] {
  const areas = [bulletAreas, contentAreaSelector].map((selector) => $(within(selector, 'li')));
  // A page without any content landmark: every list item, still filtered for navigation.
  const scopes = areas.some((items) => items.length > 0) ? areas : [$('body li')];
  const bullets: string[] = [];
  for (const items of scopes) {
    items.slice(0, 300).each((_, element) => {
      const item = $(element);
      if (item.closest(chromeSelector).length > 0 || item.find('li').length > 0) return;
      const text = cleanText(item.text(), 240);
      const linkText = cleanText(item.find('a').text(), 240);
      // A list item that is all link is navigation, not a feature.
      if (text.length < 8 || text.split(' ').length < 2 || linkText.length >= text.length * 0.8) return;
      bullets.push(text);
    });
  }
  return bullets;
}

function benefitSentences(page: PageContext, description: string | undefined): string[] {
  const { $ } = page;
  const area = $(contentAreaSelector).length > 0 ? $(within(contentAreaSelector, 'p')) : $('body p');
  const paragraphs = area
    .slice(0, 40)
    .toArray()
    .filter((element) => $(element).closest(chromeSelector).length === 0)
    .map((element) => $(element).text());
  const sentences = [description ?? '', ...paragraphs].flatMap((text) => cleanText(text, 2000).split(/(?<=[.!?])\s+/));
  return sentences.filter((sentence) => {
    const words = sentence.split(' ').length;
    return words >= 4 && words <= 22 && benefitCue.test(sentence);
  });
}

function reviewQuotes(page: PageContext): string[] {
  const { $ } = page;
  // Reviews nested in a Product or business carry their own @type, so the flat node list has them.
  const fromJsonLd = nodesOfType(page.jsonLd, reviewTypes)
    .slice(0, 20)
    .map((review) => textOf(review.reviewBody) ?? textOf(review.description))
    .filter((text): text is string => Boolean(text))
    .map((text) => htmlToText(text));
  const fromMarkup = $(quoteSelector)
    .slice(0, 50)
    .toArray()
    .map((element) => $(element).text());
  return [...fromJsonLd, ...fromMarkup]
    .map((text) => cleanText(text, 240))
    .filter((text) => text.length >= 15);
}
