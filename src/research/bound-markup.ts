// Elements that never nest: void, or closed implicitly by their next sibling (`<li>`, `<p>`, `<td>` …).
const nonNesting = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'rb', 'rt', 'rp', 'colgroup', 'caption',
]);
// Their content is text up to the matching end tag: tag-like strings inside must not be counted.
const rawText = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'template']);
// Re-opened by the parser after every block that closes them: a few stay, more are an amplifier.
const formatting = new Set(['a', 'b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'strike', 'strong', 'tt', 'u']);

export interface MarkupLimits {
  maxDepth: number;
  maxOpenFormatting: number;
  /** Every selector walks the whole tree: past this many elements the page is cut. */
  maxElements: number;
}

const defaults: MarkupLimits = { maxDepth: 256, maxOpenFormatting: 4, maxElements: 50_000 };

/**
 * Drops the start tags that would nest deeper than `maxDepth` (text is kept) and cuts the page
 * after `maxElements` start tags. HTML parsers spend time per token proportional to the
 * open-element stack and the DOM tools recurse per level, so 200 000 unclosed `<div>`s take
 * parse5 minutes and overflow the call stack afterwards; every extractor query walks every
 * element. One linear scan; a page within the limits comes back unchanged.
 */
export function boundMarkup(html: string, limits: MarkupLimits = defaults): string {
  const lower = html.toLowerCase();
  const open: string[] = [];
  let openFormatting = 0;
  const kept: string[] = [];
  let copiedUpTo = 0;
  let elements = 0;
  const tag = /<!--|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*>?/g;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    if (match[0] === '<!--') {
      const end = html.indexOf('-->', tag.lastIndex);
      tag.lastIndex = end < 0 ? html.length : end + 3;
      continue;
    }
    const name = (match[2] ?? '').toLowerCase();
    if (match[1] === '/') {
      const at = open.lastIndexOf(name);
      if (at >= 0) {
        openFormatting -= open.slice(at).filter((element) => formatting.has(element)).length;
        open.length = at;
      }
      continue;
    }
    elements += 1;
    if (elements > limits.maxElements) {
      kept.push(html.slice(copiedUpTo, match.index));
      return kept.join('');
    }
    if (rawText.has(name)) {
      const end = lower.indexOf(`</${name}`, tag.lastIndex);
      tag.lastIndex = end < 0 ? html.length : end;
    }
    if (nonNesting.has(name) || match[0].endsWith('/>')) continue;
    const isFormatting = formatting.has(name);
    if (open.length >= limits.maxDepth || (isFormatting && openFormatting >= limits.maxOpenFormatting)) {
      kept.push(html.slice(copiedUpTo, match.index));
      copiedUpTo = tag.lastIndex;
      continue;
    }
    open.push(name);
    if (isFormatting) openFormatting += 1;
  }
  if (copiedUpTo === 0) return html;
  kept.push(html.slice(copiedUpTo));
  return kept.join('');
}
