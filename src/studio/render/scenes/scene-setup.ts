import type { Image, SKRSContext2D } from '@napi-rs/canvas';
import type { Format } from '../../../contract/workflow-catalog.ts';
import type { Scene, Typography } from '../../storyboard.ts';
import type { Orientation, Rect } from '../canvas/frame-geometry.ts';
import type { SceneColors } from './scene-colors.ts';

/** Everything a layout painter needs to lay out and paint one scene in one format. */
export interface SceneSetup {
  scene: Scene;
  /** Position in the variant's timeline (0 for the first scene): lets consecutive scenes differ. */
  index: number;
  format: Format;
  orientation: Orientation;
  width: number;
  height: number;
  /** Where text may go (platform UI covers the rest). */
  safe: Rect;
  /** `min(width, height)`: sizes are fractions of it so layouts scale from tiny test renders to full HD. */
  unit: number;
  colors: SceneColors;
  typography: Typography;
  /** The scene's source image, when the brief had a readable one at `imageIndex`. */
  image?: Image;
  brandName: string;
  presenter?: { name: string; role: string };
  /** Deterministic per scene, for decorative placement. */
  random: () => number;
  /** A context for measuring text while laying out (the frame canvas's). */
  measure: SKRSContext2D;
}

export interface OverlayOptions {
  /** False draws everything but glyphs: how the tests find exactly where text landed. */
  text: boolean;
}

/** A scene laid out for a format: a world layer painted once, an overlay painted every frame. */
export interface PreparedScene {
  /** What the camera moves over (backdrop, image, figures); painted once into a cached layer. */
  paintWorld(ctx: SKRSContext2D): void;
  /** Screen-space parts (text, cards, buttons) at scene-local time `t` seconds. */
  paintOverlay(ctx: SKRSContext2D, t: number, options: OverlayOptions): void;
  /** Scene-local second by which every line has entered: stills and posters are taken after it. */
  settledAt: number;
  /** Selfie framing asks for a handheld wobble on top of the scene's motion. */
  handheld?: boolean;
}

export type ScenePainter = (setup: SceneSetup) => PreparedScene;
