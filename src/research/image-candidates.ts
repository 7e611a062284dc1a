import type { CheerioAPI } from 'cheerio';

type Selection = ReturnType<CheerioAPI>;

// Lazy-loading themes keep the real image in a data attribute and a placeholder in src.
const sourceAttributes = ['data-large_image', 'data-zoom-image', 'data-src', 'data-lazy-src', 'data-original', 'src'];

/** The best URL an `<img>` offers: a real-image attribute, else the widest srcset candidate. */
export function imageSource(img: Selection): string | undefined {
  for (const name of sourceAttributes) {
    const value = img.attr(name)?.trim();
    if (value && !value.startsWith('data:')) return value;
  }
  return widestSrcset(img.attr('srcset') ?? img.attr('data-srcset'));
}

function widestSrcset(srcset: string | undefined): string | undefined {
  let best: { url: string; width: number } | undefined;
  for (const candidate of (srcset ?? '').split(',').slice(0, 20)) {
    const [url, descriptor = ''] = candidate.trim().split(/\s+/);
    if (!url || url.startsWith('data:')) continue;
    const width = Number.parseFloat(descriptor) || 1;
    if (!best || width > best.width) best = { url, width };
  }
  return best?.url;
}

// Analytics beacons and spacers: URLs that say so, or images a pixel or two wide.
const trackingUrl = /(?:pixel|beacon|tracking|tracker|spacer|blank|transparent|1x1)[^/]*$|facebook\.com\/tr|google-analytics\.com|doubleclick\.net|\/collect\?|bat\.bing\.com/i;
const vectorOrIcon = /\.(?:svg|ico)(?:[?#]|$)|[?&]format=svg\b/i;

/** Why an image is not worth keeping, or undefined when it is. */
export function imageRejection(url: string, img?: Selection): string | undefined {
  if (vectorOrIcon.test(url)) return 'vector or icon';
  if (trackingUrl.test(url)) return 'tracking pixel';
  if (!img) return undefined;
  const width = Number.parseInt(img.attr('width') ?? '', 10);
  const height = Number.parseInt(img.attr('height') ?? '', 10);
  if ((width > 0 && width <= 2) || (height > 0 && height <= 2)) return 'tracking pixel';
  if (width > 0 && height > 0 && width < 48 && height < 48) return 'icon-sized';
  return undefined;
}
