import type { SKRSContext2D } from '@napi-rs/canvas';
import { easeOutCubic, phase } from '../canvas/easing.ts';
import { insetRect, splitRect, type Rect } from '../canvas/frame-geometry.ts';
import { fitText, type TextBlock } from '../canvas/text-layout.ts';
import { drawTextBlock } from '../canvas/text-reveal.ts';
import { paintBackdrop } from './backdrop.ts';
import { layoutHeadlineStack, paintHeadlineStack, stackSettledAt } from './headline-stack.ts';
import { revealTiming } from './reveal-timing.ts';
import type { PreparedScene, SceneSetup } from './scene-setup.ts';
import { bodyStyle, typeSize } from './text-styles.ts';

interface ListRow {
  icon: { cx: number; cy: number; r: number };
  text: TextBlock;
  at: number;
}

/**
 * A title and up to six checked points (`details`), ticking in one after another. Landscape puts
 * the title in a left column and the points on the right; portrait and square stack them.
 */
export function prepareListScene(setup: SceneSetup): PreparedScene {
  const { safe, orientation, scene, unit, colors } = setup;
  const [titleArea, listArea] =
    orientation === 'landscape' ? splitRect(safe, 'horizontal', 0.42, unit * 0.06) : splitRect(safe, 'vertical', orientation === 'portrait' ? 0.3 : 0.32, unit * 0.04);
  const stack = layoutHeadlineStack(setup, titleArea, {
    headline: scene.onScreen,
    align: 'left',
    valign: orientation === 'landscape' ? 'middle' : 'bottom',
    headlineMax: orientation === 'portrait' ? 0.14 : 0.11,
  });
  const timing = revealTiming(setup, 0, stack.headline.lines.length + 1);
  const items = (scene.details ?? []).slice(0, 6);
  const rows = layoutRows(setup, items, orientation === 'landscape' ? insetRect(listArea, 0, listArea.height * 0.1) : listArea, stackSettledAt(stack, timing) * 0.6);
  const lastAt = rows.at(-1)?.at ?? 0;

  return {
    settledAt: Math.max(stackSettledAt(stack, timing), lastAt + 0.45),
    paintWorld(ctx) {
      paintBackdrop(ctx, setup, { x: 0.85, y: 0.2, strength: 0.7 });
    },
    paintOverlay(ctx, t, options) {
      paintHeadlineStack(
        ctx,
        stack,
        t,
        { ink: colors.onBackground, kickerInk: colors.accent, bodyInk: colors.subtle, ruleColor: colors.accent, style: 'rise', timing },
        options.text,
      );
      for (const row of rows) paintRow(ctx, setup, row, t, options.text);
    },
  };
}

function layoutRows(setup: SceneSetup, items: string[], area: Rect, firstAt: number): ListRow[] {
  if (items.length === 0) return [];
  const rowHeight = Math.min(area.height / items.length, typeSize(setup, 0.16));
  const iconR = Math.min(rowHeight * 0.28, typeSize(setup, 0.035));
  const textX = area.x + iconR * 2 + iconR * 1.2;
  const size = typeSize(setup, 0.055);
  const spacing = Math.min(0.18, (setup.scene.duration * 0.45) / items.length);
  return items.map((item, i) => {
    const top = area.y + i * rowHeight;
    const text = fitText(setup.measure, item, bodyStyle(setup, 'left', 600), { x: textX, y: top, width: area.x + area.width - textX, height: rowHeight * 0.9 }, {
      maxSize: size,
      minSize: size * 0.45,
      maxLines: 2,
      valign: 'middle',
    });
    const cy = text.lines.length > 1 ? (text.lines[0]?.top ?? top) + text.lineHeight / 2 : top + rowHeight * 0.45;
    return { icon: { cx: area.x + iconR, cy, r: iconR }, text, at: firstAt + i * spacing };
  });
}

/** A check in an accent disc, then the words sliding in beside it. */
function paintRow(ctx: SKRSContext2D, setup: SceneSetup, row: ListRow, t: number, withText: boolean): void {
  const p = easeOutCubic(phase(t, row.at, 0.3));
  if (p <= 0) return;
  const { cx, cy, r } = row.icon;
  ctx.fillStyle = setup.colors.accent;
  ctx.beginPath();
  ctx.arc(cx, cy, r * p, 0, Math.PI * 2);
  ctx.fill();
  if (p > 0.5) {
    ctx.strokeStyle = setup.colors.onAccent;
    ctx.lineWidth = Math.max(1, r * 0.22);
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.beginPath();
    ctx.moveTo(cx - r * 0.45, cy + r * 0.02);
    ctx.lineTo(cx - r * 0.1, cy + r * 0.35);
    ctx.lineTo(cx + r * 0.48, cy - r * 0.32);
    ctx.stroke();
  }
  if (withText) drawTextBlock(ctx, row.text, setup.colors.onBackground, t, 'slide', { start: row.at + 0.08, stagger: 0.06, duration: 0.4 });
}
