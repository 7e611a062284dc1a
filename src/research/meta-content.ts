import type { CheerioAPI } from 'cheerio';

/** The first non-empty `<meta property|name=…>` content among `keys`, in the order given. */
export function metaContent($: CheerioAPI, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = $(`meta[property="${key}" i], meta[name="${key}" i], meta[itemprop="${key}" i]`).first().attr('content');
    if (value?.trim()) return value;
  }
  return undefined;
}
