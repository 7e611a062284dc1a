import { createCanvas, type Canvas, type Image, type SKRSContext2D } from '@napi-rs/canvas';
import type { Format } from '../../../contract/workflow-catalog.ts';
import type { Storyboard, StoryboardVariant } from '../../storyboard.ts';
import { orientationOf } from '../canvas/frame-geometry.ts';
import { safeZone } from '../canvas/safe-zone.ts';
import { seededRandom } from '../canvas/seeded-random.ts';
import { registerStudioFonts } from '../canvas/studio-fonts.ts';
import { sceneColors } from '../scenes/scene-colors.ts';
import { scenePainters } from '../scenes/scene-painters.ts';
import type { OverlayOptions, PreparedScene } from '../scenes/scene-setup.ts';
import { applyCamera, cameraPose, handheld } from './camera-motion.ts';
import { sceneTimeline, type SceneTimeline } from './scene-timeline.ts';
import { worldLayerCache } from './world-layer-cache.ts';

export interface CompositorInput {
  storyboard: Storyboard;
  variant: StoryboardVariant;
  format: Format;
  width: number;
  height: number;
  /** Loaded source images by index; a hole means "unreadable, painted without it". */
  images: ReadonlyArray<Image | undefined>;
  brandName: string;
}

export interface FrameCompositor {
  canvas: Canvas;
  timeline: SceneTimeline;
  /** Paints the frame at `seconds` into `canvas`. */
  paintFrame(seconds: number): void;
  /** Paints one scene alone at scene-local `local` seconds (stills, posters, tests). */
  paintScene(index: number, local: number, options?: OverlayOptions): void;
  prepared(index: number): PreparedScene;
}

/**
 * Paints frames on one reused canvas. Each scene's world (backdrop, image, figures) is painted
 * once into a cached layer; per frame that layer is drawn once under the camera transform and
 * the overlay (text, cards) on top. A crossfade paints the incoming scene on a scratch canvas
 * and blends it over the outgoing one.
 */
export function frameCompositor(input: CompositorInput): FrameCompositor {
  registerStudioFonts();
  const { width, height, storyboard, format } = input;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d', { alpha: false });
  ctx.lang = 'en';
  const timeline = sceneTimeline(input.variant.scenes, input.variant.durationSec);
  const colors = sceneColors(storyboard.palette);
  const preparedScenes = new Map<number, PreparedScene>();
  let scratch: Canvas | undefined;

  // Each scene's generator restarts before its world is painted, so a layer painted again
  // (a still after a video, an evicted scene) comes out identical.
  const generators = new Map<number, () => number>();
  const reseed = (index: number) => generators.set(index, seededRandom(timeline.scenes[index]?.id ?? String(index)));

  const prepared = (index: number): PreparedScene => {
    let scene = preparedScenes.get(index);
    if (!scene) {
      const source = timeline.scenes[index];
      if (!source) throw new RangeError(`No scene at index ${index}`);
      reseed(index);
      const image = source.imageIndex === undefined ? undefined : input.images[source.imageIndex];
      scene = scenePainters[source.layout]({
        scene: source,
        index,
        format,
        orientation: orientationOf(format),
        width,
        height,
        safe: safeZone(format, width, height),
        unit: Math.min(width, height),
        colors,
        typography: storyboard.typography,
        ...(image ? { image } : {}),
        brandName: input.brandName,
        ...(storyboard.presenter ? { presenter: storyboard.presenter } : {}),
        random: () => (generators.get(index) as () => number)(),
        measure: ctx,
      });
      preparedScenes.set(index, scene);
    }
    return scene;
  };

  const world = worldLayerCache(width, height, colors.background, (index, layerCtx) => {
    const plan = prepared(index);
    reseed(index);
    plan.paintWorld(layerCtx);
  });

  const paintSceneOn = (target: SKRSContext2D, index: number, local: number, options: OverlayOptions) => {
    const scene = timeline.scenes[index];
    if (!scene) return;
    const plan = prepared(index);
    let pose = cameraPose(scene.motion, local / scene.duration, width, height, index % 2 === 0 ? 1 : -1);
    if (plan.handheld) pose = handheld(pose, scene.start + local, width);
    target.save();
    applyCamera(target, pose, width, height);
    target.drawImage(world.layer(index), 0, 0);
    target.restore();
    plan.paintOverlay(target, local, options);
  };

  return {
    canvas,
    timeline,
    prepared,
    paintScene(index, local, options = { text: true }) {
      world.keepOnly([index]);
      paintSceneOn(ctx, index, local, options);
    },
    paintFrame(seconds) {
      const moment = timeline.at(seconds);
      world.keepOnly(moment.outgoing ? [moment.outgoing.index, moment.current] : [moment.current]);
      if (!moment.outgoing) return paintSceneOn(ctx, moment.current, moment.local, { text: true });
      paintSceneOn(ctx, moment.outgoing.index, moment.outgoing.local, { text: true });
      scratch ??= createCanvas(width, height);
      const scratchCtx = scratch.getContext('2d');
      paintSceneOn(scratchCtx, moment.current, moment.local, { text: true });
      ctx.globalAlpha = moment.mix;
      ctx.drawImage(scratch, 0, 0);
      ctx.globalAlpha = 1;
    },
  };
}
