import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Rect } from './frame-geometry.ts';
import { fontShorthand, type FontFamily } from './studio-fonts.ts';

export interface TextStyle {
  family: FontFamily;
  weight: number;
  /** Line advance as a multiple of the font size. */
  lineHeight: number;
  uppercase?: boolean;
  align?: 'left' | 'center' | 'right';
  /** Extra space between letters, in em. */
  tracking?: number;
}

export interface FitOptions {
  maxSize: number;
  minSize: number;
  maxLines?: number;
  valign?: 'top' | 'middle' | 'bottom';
}

export interface TextLine {
  text: string;
  /** Left edge of the line's ink advance. */
  x: number;
  top: number;
  baseline: number;
  width: number;
}

/** Text wrapped and sized to a box, with every line positioned: computed once per scene, drawn per frame. */
export interface TextBlock {
  font: string;
  letterSpacing: string;
  size: number;
  lineHeight: number;
  lines: TextLine[];
  /** The lines' union, always inside the box it was fitted to. */
  bounds: Rect;
}

/**
 * Wraps `text` into `box` at the largest size from `maxSize` down to `minSize` that fits both the
 * width and the height (and `maxLines`). If even the minimum does not fit, the last line that
 * fits ends with an ellipsis: the text never spills out of its box.
 */
export function fitText(ctx: SKRSContext2D, rawText: string, style: TextStyle, box: Rect, options: FitOptions): TextBlock {
  const text = (style.uppercase ? rawText.toUpperCase() : rawText).replace(/\s+/g, ' ').trim();
  const maxLines = options.maxLines ?? Number.POSITIVE_INFINITY;
  const fits = (size: number) => {
    applyFont(ctx, style, size);
    const lines = wrapWords(ctx, text, box.width);
    return lines !== undefined && lines.length <= maxLines && lines.length * size * style.lineHeight <= box.height;
  };

  let lo = Math.max(1, Math.floor(options.minSize));
  let hi = Math.max(lo, Math.floor(options.maxSize));
  if (!fits(lo)) return placeLines(ctx, style, box, options, lo, truncatedLines(ctx, style, text, box, lo, maxLines));
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  applyFont(ctx, style, lo);
  return placeLines(ctx, style, box, options, lo, balancedLines(ctx, text, box.width));
}

/**
 * Wraps at the narrowest width that still gives the same number of lines, so a headline reads
 * "A meal worth / slowing down for" rather than leaving one word alone on the last line.
 */
function balancedLines(ctx: SKRSContext2D, text: string, width: number): string[] {
  const lines = wrapWords(ctx, text, width) ?? [text];
  if (lines.length < 2) return lines;
  let lo = width * 0.5;
  let hi = width;
  let best = lines;
  for (let i = 0; i < 8; i++) {
    const mid = (lo + hi) / 2;
    const candidate = wrapWords(ctx, text, mid);
    if (candidate && candidate.length === lines.length) {
      best = candidate;
      hi = mid;
    } else lo = mid;
  }
  return best;
}

function applyFont(ctx: SKRSContext2D, style: TextStyle, size: number): void {
  ctx.font = fontShorthand(style.family, style.weight, size);
  ctx.letterSpacing = `${((style.tracking ?? 0) * size).toFixed(2)}px`;
}

/** Greedy word wrap; undefined when a single word is wider than the box at this size. */
function wrapWords(ctx: SKRSContext2D, text: string, maxWidth: number): string[] | undefined {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (ctx.measureText(word).width > maxWidth) return undefined;
    const candidate = current === '' ? word : `${current} ${word}`;
    if (ctx.measureText(candidate).width <= maxWidth) current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}

/** At the minimum size: break long words by character and cut what does not fit with an ellipsis. */
function truncatedLines(ctx: SKRSContext2D, style: TextStyle, text: string, box: Rect, size: number, maxLines: number): string[] {
  applyFont(ctx, style, size);
  const room = Math.max(1, Math.min(maxLines, Math.floor(box.height / (size * style.lineHeight))));
  const lines: string[] = [];
  let current = '';
  for (const char of text) {
    const candidate = current + char;
    if (ctx.measureText(candidate).width <= box.width || current === '') current = candidate;
    else {
      lines.push(current);
      current = char.trimStart();
    }
  }
  if (current !== '') lines.push(current);
  if (lines.length <= room) return lines;
  const kept = lines.slice(0, room);
  let last = kept[room - 1] ?? '';
  while (last.length > 0 && ctx.measureText(`${last}…`).width > box.width) last = last.slice(0, -1);
  kept[room - 1] = `${last.trimEnd()}…`;
  return kept;
}

function placeLines(ctx: SKRSContext2D, style: TextStyle, box: Rect, options: FitOptions, size: number, texts: string[]): TextBlock {
  applyFont(ctx, style, size);
  const lineHeight = size * style.lineHeight;
  const metrics = ctx.measureText('Hg');
  const ascent = metrics.fontBoundingBoxAscent;
  const descent = metrics.fontBoundingBoxDescent;
  const total = texts.length * lineHeight;
  const valign = options.valign ?? 'middle';
  const top = valign === 'top' ? box.y : valign === 'bottom' ? box.y + box.height - total : box.y + (box.height - total) / 2;
  const lines = texts.map((text, i) => {
    const width = Math.min(box.width, ctx.measureText(text).width);
    const x = style.align === 'left' ? box.x : style.align === 'right' ? box.x + box.width - width : box.x + (box.width - width) / 2;
    const lineTop = top + i * lineHeight;
    return { text, x, top: lineTop, width, baseline: lineTop + (lineHeight - (ascent + descent)) / 2 + ascent };
  });
  const left = Math.min(...lines.map((line) => line.x));
  const right = Math.max(...lines.map((line) => line.x + line.width));
  return {
    font: ctx.font,
    letterSpacing: ctx.letterSpacing,
    size,
    lineHeight,
    lines,
    bounds: { x: left, y: top, width: right - left, height: total },
  };
}

/** The same block moved by (dx, dy): layouts fit first, then position. */
export function shiftBlock(block: TextBlock, dx: number, dy: number): TextBlock {
  return {
    ...block,
    bounds: { ...block.bounds, x: block.bounds.x + dx, y: block.bounds.y + dy },
    lines: block.lines.map((line) => ({ ...line, x: line.x + dx, top: line.top + dy, baseline: line.baseline + dy })),
  };
}
