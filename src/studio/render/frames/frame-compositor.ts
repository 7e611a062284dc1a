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

interface WorldLayer {
  index: number;
  canvas: Canvas;
}

/**
 * Paints frames on one reused canvas. Each scene's world (backdrop, image, figures) is painted
 * once into a cached layer; per frame that layer is drawn once under the camera transform and
 * the overlay (text, cards) on top. Only the scenes on screen keep a layer, so memory stays at
 * two or three frame-sized canvases whatever the length.
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
  const layers: WorldLayer[] = [];
  const spare: Canvas[] = [];
  let scratch: Canvas | undefined;

  const prepared = (index: number): PreparedScene => {
    let scene = preparedScenes.get(index);
    if (!scene) {
      const source = timeline.scenes[index];
      if (!source) throw new RangeError(`No scene at index ${index}`);
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
        random: seededRandom(source.id),
        measure: ctx,
      });
      preparedScenes.set(index, scene);
    }
    return scene;
  };

  const worldLayer = (index: number): Canvas => {
    const found = layers.find((layer) => layer.index === index);
    if (found) return found.canvas;
    // Skia records canvas drawing as a picture and replays it whenever the canvas is drawn
    // elsewhere: painted into a scratch canvas and copied as pixels, the layer is a plain bitmap
    // and drawing it per frame costs one blit instead of every gradient again.
    const painter = createCanvas(width, height);
    const painterCtx = painter.getContext('2d');
    painterCtx.fillStyle = colors.background;
    painterCtx.fillRect(0, 0, width, height);
    prepared(index).paintWorld(painterCtx);
    const layer = spare.pop() ?? createCanvas(width, height);
    layer.getContext('2d').putImageData(painterCtx.getImageData(0, 0, width, height), 0, 0);
    layers.push({ index, canvas: layer });
    return layer;
  };

  /** Returns layers of scenes no longer on screen to the spare pool. */
  const keepOnly = (indices: number[]) => {
    for (let i = layers.length - 1; i >= 0; i--) {
      const layer = layers[i] as WorldLayer;
      if (!indices.includes(layer.index)) {
        spare.push(layer.canvas);
        layers.splice(i, 1);
      }
    }
  };

  const paintSceneOn = (target: SKRSContext2D, index: number, local: number, options: OverlayOptions) => {
    const scene = timeline.scenes[index];
    if (!scene) return;
    const plan = prepared(index);
    let pose = cameraPose(scene.motion, local / scene.duration, width, height, index % 2 === 0 ? 1 : -1);
    if (plan.handheld) pose = handheld(pose, scene.start + local, width);
    target.save();
    applyCamera(target, pose, width, height);
    target.drawImage(worldLayer(index), 0, 0);
    target.restore();
    plan.paintOverlay(target, local, options);
  };

  return {
    canvas,
    timeline,
    prepared,
    paintScene(index, local, options = { text: true }) {
      keepOnly([index]);
      paintSceneOn(ctx, index, local, options);
    },
    paintFrame(seconds) {
      const moment = timeline.at(seconds);
      keepOnly(moment.outgoing ? [moment.outgoing.index, moment.current] : [moment.current]);
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
