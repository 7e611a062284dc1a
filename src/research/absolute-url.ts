/** An absolute http(s) URL for `href`, or undefined for anything else (data:, javascript:, junk). */
export function absoluteUrl(href: string | undefined, base: URL): string | undefined {
  if (!href?.trim()) return undefined;
  try {
    const url = new URL(href.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}
