import { CinematicAdsError } from '../../contract/errors.ts';
import type { StoryboardEdits } from '../../contract/schemas/storyboard-edits.ts';
import { describeZodError } from '../../contract/validation.ts';
import { type Storyboard, storyboard as storyboardSchema } from '../../studio/storyboard.ts';

/**
 * A reviewer's edits applied to a storyboard: scene fields by scene id, palette colors by role.
 * A changed duration re-times the scenes after it so they still tile the cut. The result is
 * validated as a whole storyboard; anything the studio could not render is a 400 naming it.
 */
export function applyStoryboardEdits(board: Storyboard, edits: StoryboardEdits): Storyboard {
  const edited: Storyboard = structuredClone(board);
  if (edits.palette) edited.palette = { ...edited.palette, ...edits.palette };
  const retimed = new Set<number>();
  (edits.scenes ?? []).forEach((edit, index) => {
    const found = findScene(edited, edit.sceneId);
    if (!found) {
      const known = edited.variants.flatMap((variant) => variant.scenes.map((scene) => scene.id)).join(', ');
      throw new CinematicAdsError('invalid_request', `Invalid review: edits.scenes.${index}.sceneId: no scene "${edit.sceneId}" in the storyboard; its scenes are ${known}`, {
        details: { fields: [`edits.scenes.${index}.sceneId`] },
      });
    }
    const { scene, variantIndex } = found;
    if (edit.shot !== undefined) scene.shot = edit.shot;
    if (edit.onScreen !== undefined) scene.onScreen = edit.onScreen;
    if (edit.voiceOver !== undefined) scene.voiceOver = edit.voiceOver;
    if (edit.duration !== undefined) {
      scene.duration = edit.duration;
      retimed.add(variantIndex);
    }
  });
  for (const variantIndex of retimed) retime(edited, variantIndex);
  const checked = storyboardSchema.safeParse(edited);
  if (!checked.success) {
    throw new CinematicAdsError('invalid_request', `Invalid review: the edited storyboard cannot be rendered: ${describeZodError(checked.error)}`);
  }
  return checked.data;
}

function findScene(board: Storyboard, sceneId: string) {
  for (const [variantIndex, variant] of board.variants.entries()) {
    const scene = variant.scenes.find((candidate) => candidate.id === sceneId);
    if (scene) return { scene, variantIndex };
  }
  return undefined;
}

/** Scenes back to back from 0, and the variant as long as its scenes. */
function retime(board: Storyboard, variantIndex: number): void {
  const variant = board.variants[variantIndex];
  if (!variant) return;
  let clock = 0;
  for (const scene of variant.scenes) {
    scene.start = Math.round(clock * 100) / 100;
    clock += scene.duration;
  }
  variant.durationSec = Math.round(clock * 100) / 100;
}
