import type { SKRSContext2D } from '@napi-rs/canvas';
import { easeOutCubic, phase } from '../canvas/easing.ts';
import type { Rect } from '../canvas/frame-geometry.ts';
import { fitText, shiftBlock, type TextBlock } from '../canvas/text-layout.ts';
import { drawTextBlock } from '../canvas/text-reveal.ts';
import type { SceneSetup } from './scene-setup.ts';
import { labelStyle, typeSize } from './text-styles.ts';

/** A broadcast-style name plate: name on a primary bar, role on a surface bar beneath. */
export interface LowerThird {
  nameBar: Rect;
  roleBar: Rect;
  name: TextBlock;
  role: TextBlock;
}

/** Lays the plate out from the bottom-left of `area`. */
export function layoutLowerThird(setup: SceneSetup, person: { name: string; role: string }, area: Rect): LowerThird {
  const nameSize = typeSize(setup, 0.05);
  const roleSize = typeSize(setup, 0.03);
  const padX = nameSize * 0.5;
  const maxText = area.width - padX * 2 - nameSize * 1.6;
  const name = fitText(setup.measure, person.name, { family: 'Inter', weight: 800, lineHeight: 1.15, align: 'left' }, { x: 0, y: 0, width: maxText, height: nameSize * 1.2 }, { maxSize: nameSize, minSize: nameSize * 0.5, maxLines: 1 });
  const role = fitText(setup.measure, person.role, labelStyle('left'), { x: 0, y: 0, width: maxText, height: roleSize * 1.3 }, { maxSize: roleSize, minSize: roleSize * 0.5, maxLines: 1 });
  const nameBar = { x: area.x, y: 0, width: Math.min(area.width, name.bounds.width + padX * 2 + nameSize * 1.6), height: name.lineHeight + nameSize * 0.5 };
  const roleBar = { x: area.x, y: 0, width: Math.min(area.width, role.bounds.width + padX * 2), height: role.lineHeight + roleSize * 0.7 };
  roleBar.y = area.y + area.height - roleBar.height;
  nameBar.y = roleBar.y - nameBar.height;
  return {
    nameBar,
    roleBar,
    name: shiftBlock(name, nameBar.x + padX - name.bounds.x, nameBar.y + (nameBar.height - name.bounds.height) / 2 - name.bounds.y),
    role: shiftBlock(role, roleBar.x + padX - role.bounds.x, roleBar.y + (roleBar.height - role.bounds.height) / 2 - role.bounds.y),
  };
}

/** Bars wipe in from the left (clipped to their final size), then the words; equaliser bars show who is talking. */
export function paintLowerThird(ctx: SKRSContext2D, setup: SceneSetup, plate: LowerThird, t: number, at: number, withText: boolean): void {
  const { colors } = setup;
  const wipe = (bar: Rect, delay: number, fill: string) => {
    const p = easeOutCubic(phase(t, at + delay, 0.45));
    if (p <= 0) return;
    ctx.fillStyle = fill;
    ctx.fillRect(bar.x, bar.y, bar.width * p, bar.height);
  };
  wipe(plate.nameBar, 0, colors.primary);
  wipe(plate.roleBar, 0.08, colors.surface);
  const timing = { start: at + 0.25, stagger: 0.08, duration: 0.4 };
  if (withText) {
    drawTextBlock(ctx, plate.name, colors.onPrimary, t, 'slide', timing);
    drawTextBlock(ctx, plate.role, colors.accent, t, 'slide', { ...timing, start: timing.start + 0.1 });
  }
  if (t < at + 0.45) return;
  const bar = plate.nameBar;
  const size = bar.height * 0.5;
  const x0 = bar.x + bar.width - size * 1.45;
  ctx.fillStyle = colors.onPrimary;
  for (let i = 0; i < 4; i++) {
    const level = 0.3 + 0.7 * Math.abs(Math.sin(t * (7 + i * 2.3) + i * 1.7));
    const barHeight = size * level;
    ctx.fillRect(x0 + i * size * 0.3, bar.y + (bar.height - barHeight) / 2, size * 0.18, barHeight);
  }
}
