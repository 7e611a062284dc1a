import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Scene } from '../../storyboard.ts';
import { easeInOutSine, easeOutCubic } from '../canvas/easing.ts';

/** Where the virtual camera is, relative to the world layer: scale about the center, offset in pixels, roll in radians. */
export interface CameraPose {
  scale: number;
  x: number;
  y: number;
  rotation: number;
}

/**
 * The camera move for a scene at `progress` (0..1 through the scene). The world layer is painted
 * at frame size, so every move keeps scale ≥ 1 and offsets within the overscan: no edge ever shows.
 */
export function cameraPose(motion: Scene['motion'], progress: number, width: number, height: number, direction: 1 | -1): CameraPose {
  const p = Math.min(1, Math.max(0, progress));
  switch (motion) {
    case 'push':
      return { scale: 1 + 0.08 * easeInOutSine(p), x: 0, y: 0, rotation: 0 };
    case 'zoom':
      return { scale: 1.02 + 0.2 * easeOutCubic(p), x: 0, y: -height * 0.01 * p, rotation: 0 };
    case 'pan': {
      const scale = 1.12;
      const travel = ((scale - 1) * width) / 2 - 1;
      return { scale, x: direction * travel * (easeInOutSine(p) * 2 - 1), y: 0, rotation: 0 };
    }
    case 'slide':
      return { scale: 1.05, x: direction * width * 0.02 * (1 - 2 * easeInOutSine(p)), y: 0, rotation: 0 };
    case 'static':
      return { scale: 1, x: 0, y: 0, rotation: 0 };
  }
}

/** Handheld phone wobble (selfie cuts): slow incommensurate sines, so it never loops visibly. */
export function handheld(pose: CameraPose, seconds: number, width: number): CameraPose {
  const wobble = width * 0.008;
  return {
    scale: pose.scale + 0.05,
    x: pose.x + wobble * (Math.sin(seconds * 1.7) + 0.5 * Math.sin(seconds * 3.1 + 1)),
    y: pose.y + wobble * (Math.cos(seconds * 1.3) + 0.4 * Math.sin(seconds * 2.7)),
    rotation: pose.rotation + 0.006 * Math.sin(seconds * 1.1 + 0.5),
  };
}

export function applyCamera(ctx: SKRSContext2D, pose: CameraPose, width: number, height: number): void {
  ctx.translate(width / 2 + pose.x, height / 2 + pose.y);
  if (pose.rotation !== 0) ctx.rotate(pose.rotation);
  ctx.scale(pose.scale, pose.scale);
  ctx.translate(-width / 2, -height / 2);
}
