/**
 * Page chrome: navigation, banners and forms carry menus, not facts about the offer. (A
 * restaurant's "menu-highlights" is content, so only a class that is exactly `menu` counts.)
 */
export const chromeSelector =
  'nav, header, footer, aside, form, menu, [role="navigation"], [role="banner"], [role="contentinfo"], [class~="menu" i], [class*="navbar" i], [class*="main-menu" i], [class*="site-menu" i], [class*="breadcrumb" i], [class*="cookie" i]';

/** Where a page keeps its main content and product details, most specific first. */
export const contentAreaSelector = 'main, article, [role="main"], [itemtype*="Product" i], [class*="product" i], [id*="product" i], [class*="content" i]';

/**
 * `main li, article li, …` as one selector. Cheerio's `.find()` slows down quadratically with the
 * number of matches (9 s for 40 000 paragraphs), a single selector does not.
 */
export function within(areas: string, child: string): string {
  return areas
    .split(',')
    .map((area) => `${area.trim()} ${child}`)
    .join(', ');
}
