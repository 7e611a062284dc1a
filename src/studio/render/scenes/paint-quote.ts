import type { SKRSContext2D } from '@napi-rs/canvas';
import { insetRect } from '../canvas/frame-geometry.ts';
import { withAlpha } from '../canvas/palette-colors.ts';
import { fitText, shiftBlock, type TextStyle } from '../canvas/text-layout.ts';
import { drawTextBlock, revealEnd } from '../canvas/text-reveal.ts';
import { paintBackdrop } from './backdrop.ts';
import { paintRatingStars, ratingStarsWidth } from './rating-stars.ts';
import { revealStyle, revealTiming } from './reveal-timing.ts';
import type { PreparedScene, SceneSetup } from './scene-setup.ts';
import { labelStyle, typeSize } from './text-styles.ts';

/**
 * A testimonial: five stars, the quote set in a serif, the attribution beneath (`details[0]`), and a
 * large quotation mark drawn behind. The column narrows in landscape so lines stay readable.
 */
export function prepareQuoteScene(setup: SceneSetup): PreparedScene {
  const { safe, orientation, scene, unit, colors } = setup;
  const column = orientation === 'landscape' ? insetRect(safe, safe.width * 0.16, unit * 0.02) : insetRect(safe, unit * 0.03);
  const starSize = typeSize(setup, 0.045);
  const authorSize = typeSize(setup, 0.032);
  const gap = unit * 0.035;
  const quoteStyle: TextStyle = {
    family: setup.typography.display === 'Inter' ? 'Inter' : 'Playfair Display',
    weight: setup.typography.display === 'Inter' ? 600 : 400,
    lineHeight: 1.22,
    align: 'center',
  };
  const room = { ...column, height: column.height - starSize - authorSize * 2.6 - gap * 2 };
  const quote = fitText(setup.measure, `“${scene.onScreen.replace(/^["“]|["”]$/g, '')}”`, quoteStyle, room, {
    maxSize: typeSize(setup, orientation === 'portrait' ? 0.085 : 0.07),
    minSize: typeSize(setup, 0.035),
  });
  const author = scene.details?.[0]
    ? fitText(setup.measure, `— ${scene.details[0].replace(/^[\s—–-]+/, '')}`, labelStyle('center'), { ...column, height: authorSize * 2.6 }, { maxSize: authorSize, minSize: authorSize * 0.6, maxLines: 2 })
    : undefined;
  const total = starSize + gap + quote.bounds.height + (author ? gap + author.bounds.height : 0);
  const top = column.y + (column.height - total) / 2;
  const placedQuote = shiftBlock(quote, 0, top + starSize + gap - quote.bounds.y);
  const placedAuthor = author ? shiftBlock(author, 0, placedQuote.bounds.y + placedQuote.bounds.height + gap - author.bounds.y) : undefined;
  const timing = revealTiming(setup, 0.25, quote.lines.length + 1);
  const quoteEnd = revealEnd(placedQuote, timing);
  const starsX = column.x + (column.width - ratingStarsWidth(starSize)) / 2;

  return {
    settledAt: quoteEnd + (author ? 0.45 : 0),
    paintWorld(ctx) {
      paintBackdrop(ctx, setup, { x: 0.2, y: 0.2, strength: 0.7 });
      paintQuoteMark(ctx, column.x + column.width * 0.12, placedQuote.bounds.y, unit * 0.22, withAlpha(colors.primary, 0.35));
    },
    paintOverlay(ctx, t, options) {
      paintRatingStars(ctx, starsX, top, starSize, colors.accent, t, 0.05);
      if (!options.text) return;
      drawTextBlock(ctx, placedQuote, colors.onBackground, t, revealStyle(setup) === 'slide' ? 'fade' : revealStyle(setup), timing);
      if (placedAuthor) drawTextBlock(ctx, placedAuthor, colors.accent, t, 'fade', { ...timing, start: quoteEnd - 0.1 });
    },
  };
}

/** A big opening quotation mark as two drawn commas (shapes, not a glyph: it is decoration). */
function paintQuoteMark(ctx: SKRSContext2D, x: number, y: number, size: number, color: string): void {
  ctx.fillStyle = color;
  for (const dx of [0, size * 0.55]) {
    const cx = x + dx;
    const cy = y + size * 0.1;
    ctx.beginPath();
    ctx.arc(cx, cy, size * 0.2, 0, Math.PI * 2);
    ctx.fill();
    ctx.beginPath();
    ctx.moveTo(cx - size * 0.2, cy);
    ctx.quadraticCurveTo(cx - size * 0.2, cy - size * 0.45, cx + size * 0.15, cy - size * 0.55);
    ctx.lineTo(cx + size * 0.18, cy - size * 0.48);
    ctx.quadraticCurveTo(cx - size * 0.02, cy - size * 0.35, cx + size * 0.05, cy - size * 0.18);
    ctx.closePath();
    ctx.fill();
  }
}
