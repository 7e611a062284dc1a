import type { Format } from '../../../contract/workflow-catalog.ts';
import type { Rect } from './frame-geometry.ts';

/**
 * Where text may go per format. Vertical feeds (Reels, TikTok, Shorts) cover the top ~14% with the
 * account bar and the bottom ~20% with caption, buttons and progress; their sides carry the
 * action rail, so 6% margins. Square and landscape placements only need a title-safe margin.
 */
const margins: Record<Format, { top: number; bottom: number; side: number }> = {
  '9:16': { top: 0.14, bottom: 0.2, side: 0.06 },
  '1:1': { top: 0.07, bottom: 0.07, side: 0.07 },
  '16:9': { top: 0.08, bottom: 0.08, side: 0.05 },
};

export function safeZone(format: Format, width: number, height: number): Rect {
  const m = margins[format];
  const x = Math.ceil(width * m.side);
  const y = Math.ceil(height * m.top);
  return { x, y, width: Math.floor(width * (1 - m.side)) - x, height: Math.floor(height * (1 - m.bottom)) - y };
}
