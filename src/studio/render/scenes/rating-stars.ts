import type { SKRSContext2D } from '@napi-rs/canvas';
import { easeOutBack, phase } from '../canvas/easing.ts';

/** Five stars, drawn as shapes and popping in one by one from scene-local second `at`. */
export function paintRatingStars(ctx: SKRSContext2D, x: number, y: number, size: number, color: string, t: number, at: number): void {
  ctx.fillStyle = color;
  for (let i = 0; i < 5; i++) {
    const p = phase(t, at + i * 0.06, 0.3);
    if (p <= 0) continue;
    const s = (size / 2) * (0.6 + 0.4 * easeOutBack(p));
    const cx = x + size / 2 + i * size * 1.2;
    const cy = y + size / 2;
    ctx.beginPath();
    for (let k = 0; k < 10; k++) {
      const r = k % 2 === 0 ? s : s * 0.45;
      const angle = -Math.PI / 2 + (k * Math.PI) / 5;
      const px = cx + Math.cos(angle) * r;
      const py = cy + Math.sin(angle) * r;
      if (k === 0) ctx.moveTo(px, py);
      else ctx.lineTo(px, py);
    }
    ctx.closePath();
    ctx.fill();
  }
}

/** Width of the row for `size`. */
export function ratingStarsWidth(size: number): number {
  return size * (1 + 4 * 1.2);
}
