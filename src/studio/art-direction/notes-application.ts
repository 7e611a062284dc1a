import type { Scene, Storyboard } from '../storyboard.ts';
import { clampChars } from '../copy/line-fitting.ts';
import type { ParsedNotes, SaidNote } from './direction-notes.ts';
import { clamp } from './color-space.ts';
import { shiftPalette } from './palette-shift.ts';
import type { SceneMotion } from './scene-layout.ts';
import { cameraWords } from './shot-writing.ts';

export interface AppliedNotes {
  storyboard: Storyboard;
  /** What changed, in words, one entry per note. */
  applied: string[];
  /** Notes that could not be applied, with the reason. */
  ignored: string[];
}

const livelier: Record<SceneMotion, SceneMotion> = { static: 'push', push: 'zoom', pan: 'slide', slide: 'slide', zoom: 'zoom' };
const calmer: Record<SceneMotion, SceneMotion> = { zoom: 'push', slide: 'pan', push: 'static', pan: 'static', static: 'static' };

/** Applies parsed review notes to a storyboard, deterministically, and reports each change. */
export function applyDirectionNotes(original: Storyboard, parsed: ParsedNotes, imageCount: number): AppliedNotes {
  let board: Storyboard = structuredClone(original);
  const applied: string[] = [];
  const ignored = parsed.unrecognised.map((clause) => `“${clause}”: not understood`);
  for (const note of parsed.notes) {
    const outcome = applyOne(board, note, imageCount);
    board = outcome.board;
    if (outcome.change) applied.push(`${outcome.change} (“${note.said}”)`);
    else ignored.push(`“${note.said}”: ${outcome.reason}`);
  }
  return { storyboard: board, applied, ignored };
}

type Outcome = { board: Storyboard; change?: string; reason?: string };

function applyOne(board: Storyboard, note: SaidNote, imageCount: number): Outcome {
  switch (note.kind) {
    case 'palette':
      return { board: { ...board, palette: shiftPalette(board.palette, note.shift) }, change: `${note.shift} palette` };
    case 'pace': {
      const map = note.faster ? livelier : calmer;
      eachScene(board, (scene) => {
        if (scene.layout === 'endcard') return;
        const motion = map[scene.motion];
        scene.shot = scene.shot.replace(cameraWords[scene.motion], cameraWords[motion]);
        scene.motion = motion;
      });
      const bpm = clamp(board.music.bpm + (note.faster ? 16 : -16), 50, 180);
      const words = note.faster ? clamp(board.voice.wordsPerMinute + 15, 80, 260) : board.voice.wordsPerMinute;
      const change = `${note.faster ? 'faster' : 'slower'} pacing: ${note.faster ? 'livelier' : 'calmer'} camera moves, music ${board.music.bpm} → ${bpm} bpm`;
      return { board: { ...board, music: { ...board.music, bpm }, voice: { ...board.voice, wordsPerMinute: words } }, change };
    }
    case 'minimal':
      eachScene(board, (scene) => {
        if (scene.layout === 'endcard') return;
        delete scene.details;
        if (scene.layout === 'list') scene.layout = 'card';
        scene.shot = clampChars(`${scene.shot}; minimal composition, generous negative space`, 300);
      });
      return { board: { ...board, typography: { ...board.typography, scale: roundScale(board.typography.scale - 0.05) } }, change: 'more minimal: supporting details removed, lists simplified to cards' };
    case 'product-photo': {
      if (imageCount === 0) return { board, reason: 'the brief has no source images to use' };
      let next = 0;
      eachScene(board, (scene) => {
        if (scene.layout === 'hero' || scene.layout === 'card' || scene.layout === 'product') {
          scene.layout = 'product';
          if (scene.imageIndex === undefined) {
            scene.imageIndex = next++ % imageCount;
            scene.shot = clampChars(`${scene.shot}; featuring the product photo (source image ${scene.imageIndex + 1})`, 300);
          }
        }
      });
      return { board, change: 'product photo featured in hero and card scenes' };
    }
    case 'music':
      return { board: { ...board, music: { ...board.music, enabled: note.enabled } }, change: note.enabled ? 'music on' : 'music off' };
    case 'voice':
      return { board: { ...board, voice: { ...board.voice, enabled: note.enabled } }, change: note.enabled ? 'voice-over on' : 'voice-over off' };
    case 'headline':
      eachClosingScene(board, (scene) => {
        scene.onScreen = clampChars(note.text, 90);
        scene.shot = scene.shot.replace(/headline “[^”]*”/, `headline “${scene.onScreen}”`);
      });
      return { board, change: `end-card headline set to “${clampChars(note.text, 90)}”` };
    case 'cta':
      eachClosingScene(board, (scene) => {
        scene.details = [clampChars(note.text, 120), ...(scene.details ?? []).slice(1)];
        scene.shot = scene.shot.replace(/button “[^”]*”/, `button “${clampChars(note.text, 120)}”`);
      });
      return { board, change: `call to action set to “${clampChars(note.text, 120)}”` };
    case 'text-size': {
      const scale = roundScale(board.typography.scale + (note.larger ? 0.15 : -0.15));
      return { board: { ...board, typography: { ...board.typography, scale } }, change: `text ${note.larger ? 'larger' : 'smaller'} (scale ${scale.toFixed(2)})` };
    }
    case 'uppercase':
      return { board: { ...board, typography: { ...board.typography, uppercaseHeadlines: note.on } }, change: note.on ? 'headlines in capitals' : 'headlines in sentence case' };
    case 'font':
      return { board: { ...board, typography: { ...board.typography, display: note.display } }, change: `display font ${note.display}` };
    case 'mood':
      return { board: { ...board, music: { ...board.music, mood: note.mood } }, change: `music mood ${note.mood}` };
  }
}

function eachScene(board: Storyboard, visit: (scene: Scene) => void): void {
  for (const variant of board.variants) for (const scene of variant.scenes) visit(scene);
}

/** The end card of each variant; a still's single frame stands in for it. */
function eachClosingScene(board: Storyboard, visit: (scene: Scene) => void): void {
  for (const variant of board.variants) {
    const closing = variant.scenes.find((s) => s.layout === 'endcard') ?? (variant.scenes.length === 1 ? variant.scenes[0] : undefined);
    if (closing) visit(closing);
  }
}

/** Type scale within the schema's bounds, to the hundredth. */
function roundScale(scale: number): number {
  return Math.round(clamp(scale, 0.5, 2) * 100) / 100;
}
