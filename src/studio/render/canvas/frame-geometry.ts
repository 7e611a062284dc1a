import type { Format } from '../../../contract/workflow-catalog.ts';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Orientation = 'portrait' | 'square' | 'landscape';

/** How a layout reflows: 9:16 stacks vertically, 16:9 splits side by side, 1:1 stays compact. */
export function orientationOf(format: Format): Orientation {
  if (format === '9:16') return 'portrait';
  if (format === '16:9') return 'landscape';
  return 'square';
}

export function insetRect(rect: Rect, dx: number, dy = dx): Rect {
  return { x: rect.x + dx, y: rect.y + dy, width: Math.max(0, rect.width - 2 * dx), height: Math.max(0, rect.height - 2 * dy) };
}

/** Cuts a rect in two along its height (`top` share first) or width, with a gap between. */
export function splitRect(rect: Rect, direction: 'vertical' | 'horizontal', share: number, gap = 0): [Rect, Rect] {
  if (direction === 'vertical') {
    const first = (rect.height - gap) * share;
    return [
      { ...rect, height: first },
      { ...rect, y: rect.y + first + gap, height: rect.height - first - gap },
    ];
  }
  const first = (rect.width - gap) * share;
  return [
    { ...rect, width: first },
    { ...rect, x: rect.x + first + gap, width: rect.width - first - gap },
  ];
}
