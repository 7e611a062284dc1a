import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Rect } from '../canvas/frame-geometry.ts';
import type { SceneSetup } from './scene-setup.ts';

/**
 * A "plate" is what a hero shot shows when the brief has no photo: an abstract, lit subject in
 * the brand colors, painted into `area` (the part of the frame the words leave free).
 */
export type HeroPlate = (ctx: SKRSContext2D, setup: SceneSetup, area: Rect) => void;
