import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Rect } from '../canvas/frame-geometry.ts';
import { easeOutCubic, phase } from '../canvas/easing.ts';
import { fitText, shiftBlock, type TextBlock, type TextStyle } from '../canvas/text-layout.ts';
import { drawTextBlock, revealEnd, type RevealStyle, type RevealTiming } from '../canvas/text-reveal.ts';
import { revealStyle } from './reveal-timing.ts';
import type { SceneSetup } from './scene-setup.ts';
import { bodyStyle, headlineStyle, labelStyle, typeSize } from './text-styles.ts';

/** Kicker, headline, accent rule and body line: the text group most layouts share. */
export interface HeadlineStack {
  kicker?: TextBlock;
  headline: TextBlock;
  rule: Rect;
  align: StackContent['align'];
  body?: TextBlock;
  /** The union of everything, inside the area it was laid into. */
  bounds: Rect;
}

export interface StackContent {
  kicker?: string | undefined;
  headline: string;
  body?: string | undefined;
  align: NonNullable<TextStyle['align']>;
  valign: 'top' | 'middle' | 'bottom';
  /** Largest headline size as a fraction of the frame's short side. */
  headlineMax: number;
  headlineMaxLines?: number;
}

/** Fits the stack into `area`: kicker and body at their sizes, the headline takes the room left. */
export function layoutHeadlineStack(setup: SceneSetup, area: Rect, content: StackContent): HeadlineStack {
  const gap = typeSize(setup, 0.025);
  const ruleHeight = Math.max(2, Math.round(setup.unit * 0.012));
  const measure = setup.measure;
  const kicker = content.kicker
    ? fitText(measure, content.kicker, labelStyle(content.align), { ...area, height: typeSize(setup, 0.09) }, {
        maxSize: typeSize(setup, 0.034),
        minSize: typeSize(setup, 0.022),
        maxLines: 2,
        valign: 'top',
      })
    : undefined;
  const body = content.body
    ? fitText(measure, content.body, bodyStyle(setup, content.align), { ...area, height: Math.min(area.height * 0.35, typeSize(setup, 0.2)) }, {
        maxSize: typeSize(setup, 0.045),
        minSize: typeSize(setup, 0.026),
        maxLines: 3,
        valign: 'top',
      })
    : undefined;
  const reserved = (kicker ? kicker.bounds.height + gap : 0) + gap + ruleHeight + (body ? gap + body.bounds.height : 0);
  const headline = fitText(measure, content.headline, headlineStyle(setup, content.align), { ...area, height: Math.max(area.height - reserved, 1) }, {
    maxSize: typeSize(setup, content.headlineMax),
    minSize: typeSize(setup, 0.045),
    ...(content.headlineMaxLines ? { maxLines: content.headlineMaxLines } : {}),
    valign: 'top',
  });

  const total = reserved + headline.bounds.height;
  let y = content.valign === 'top' ? area.y : content.valign === 'bottom' ? area.y + area.height - total : area.y + (area.height - total) / 2;
  const top = y;
  const place = (block: TextBlock) => {
    const placed = shiftBlock(block, 0, y - block.bounds.y);
    y += block.bounds.height + gap;
    return placed;
  };
  const placedKicker = kicker ? place(kicker) : undefined;
  const placedHeadline = place(headline);
  const ruleWidth = Math.min(area.width, Math.max(headline.bounds.width * 0.3, setup.unit * 0.12));
  const ruleX = content.align === 'left' ? area.x : content.align === 'right' ? area.x + area.width - ruleWidth : area.x + (area.width - ruleWidth) / 2;
  const rule = { x: ruleX, y, width: ruleWidth, height: ruleHeight };
  y += ruleHeight + gap;
  const placedBody = body ? place(body) : undefined;
  return {
    ...(placedKicker ? { kicker: placedKicker } : {}),
    headline: placedHeadline,
    rule,
    align: content.align,
    ...(placedBody ? { body: placedBody } : {}),
    bounds: { x: area.x, y: top, width: area.width, height: total },
  };
}

export interface StackPaint {
  ink: string;
  kickerInk: string;
  bodyInk: string;
  ruleColor: string;
  style: RevealStyle;
  timing: RevealTiming;
}

/**
 * How a stack is inked on the scene's background: the look hero, product, presenter and split
 * scenes share (cards ink it on their surface instead). `rule` defaults to the accent.
 */
export function backgroundStackPaint(setup: SceneSetup, timing: RevealTiming, rule: string = setup.colors.accent): StackPaint {
  return {
    ink: setup.colors.onBackground,
    kickerInk: setup.colors.accent,
    bodyInk: setup.colors.subtle,
    ruleColor: rule,
    style: revealStyle(setup),
    timing,
  };
}

/** Kicker first, then the headline line by line, the rule drawing out, the body last. */
export function paintHeadlineStack(ctx: SKRSContext2D, stack: HeadlineStack, t: number, paint: StackPaint, withText: boolean): void {
  const { timing } = paint;
  if (withText && stack.kicker) drawTextBlock(ctx, stack.kicker, paint.kickerInk, t, 'fade', timing);
  const headlineTiming = { ...timing, start: timing.start + (stack.kicker ? timing.stagger : 0) };
  if (withText) drawTextBlock(ctx, stack.headline, paint.ink, t, paint.style, headlineTiming);
  const ruleAt = revealEnd(stack.headline, headlineTiming) - timing.duration * 0.5;
  const grow = easeOutCubic(phase(t, ruleAt, timing.duration));
  if (grow > 0) {
    ctx.fillStyle = paint.ruleColor;
    const { rule } = stack;
    const width = rule.width * grow;
    const x = stack.align === 'center' ? rule.x + (rule.width - width) / 2 : stack.align === 'right' ? rule.x + rule.width - width : rule.x;
    ctx.fillRect(x, rule.y, width, rule.height);
  }
  if (withText && stack.body) drawTextBlock(ctx, stack.body, paint.bodyInk, t, 'fade', { ...timing, start: ruleAt + timing.stagger });
}

/** When the whole stack has entered. */
export function stackSettledAt(stack: HeadlineStack, timing: RevealTiming): number {
  const headlineEnd = revealEnd(stack.headline, { ...timing, start: timing.start + (stack.kicker ? timing.stagger : 0) });
  return stack.body ? headlineEnd - timing.duration * 0.5 + timing.stagger + revealEnd(stack.body, { ...timing, start: 0 }) : headlineEnd + timing.duration * 0.5;
}
