import { absoluteUrl } from './absolute-url.ts';
import { chromeSelector, contentAreaSelector, within } from './content-areas.ts';
import { imageRejection, imageSource } from './image-candidates.ts';
import { nodesOfType, objectsOf, textOf } from './json-ld.ts';
import { localBusinessTypes } from './local-business-types.ts';
import { metaContent } from './meta-content.ts';
import type { PageContext } from './page-context.ts';

const maxImages = 20;
const imageOwnerTypes = new Set(['Product', 'ProductGroup', 'IndividualProduct', 'Article', 'Recipe', ...localBusinessTypes]);
const gallerySelector = [
  '[class*="gallery" i] img',
  '[class*="carousel" i] img',
  '[class*="slider" i] img',
  '[itemprop="image"]',
  '[class*="product" i] img',
  '[id*="product" i] img',
].join(', ');

/** Share image, JSON-LD images, then gallery and main-content images: absolute, deduplicated, no pixels or icons. */
export function extractImages(page: PageContext): string[] {
  const { $, baseUrl } = page;
  const found: string[] = [];
  const add = (href: string | undefined, img?: ReturnType<typeof $>): void => {
    const url = absoluteUrl(href, baseUrl);
    if (!url || found.length >= maxImages || found.includes(url) || imageRejection(url, img)) return;
    found.push(url);
  };

  add(metaContent($, 'og:image:secure_url', 'og:image', 'og:image:url'));
  add(metaContent($, 'twitter:image', 'twitter:image:src'));
  add($('link[rel="image_src" i]').attr('href'));
  for (const node of nodesOfType(page.jsonLd, imageOwnerTypes)) {
    for (const image of [node.image, node.photo].flatMap((value) => (Array.isArray(value) ? value : [value])).slice(0, maxImages)) {
      add(typeof image === 'string' ? image : (textOf(objectsOf(image)[0]?.contentUrl) ?? textOf(objectsOf(image)[0]?.url)));
    }
  }
  // A page without any content landmark: every image, still filtered for chrome, pixels and icons.
  const scopes = $(contentAreaSelector).length > 0 ? [gallerySelector, within(contentAreaSelector, 'img')] : [gallerySelector, 'body img'];
  for (const selector of scopes) {
    $(selector)
      .slice(0, 200)
      .each((_, element) => {
        const img = $(element);
        if (img.closest(chromeSelector).length > 0) return;
        add(img.is('img') ? imageSource(img) : (img.attr('content') ?? img.attr('src') ?? img.attr('href')), img);
      });
  }
  return found;
}
