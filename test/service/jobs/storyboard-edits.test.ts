import { describe, expect, it } from 'vitest';
import { applyStoryboardEdits } from '../../../src/service/jobs/storyboard-edits.ts';
import { everyLayoutStoryboard } from '../../fixtures/sample-storyboard.ts';

describe('a reviewer\'s storyboard edits', () => {
  it('change the named scene and palette roles only, leaving the original as it was', () => {
    const board = everyLayoutStoryboard();
    const edited = applyStoryboardEdits(board, { scenes: [{ sceneId: 's2', onScreen: 'Pressed today', voiceOver: 'Pressed this morning.' }], palette: { accent: '#112233' } });
    expect(edited.variants[0]!.scenes[1]).toMatchObject({ onScreen: 'Pressed today', voiceOver: 'Pressed this morning.', shot: 'split shot' });
    expect(edited.palette).toEqual({ ...board.palette, accent: '#112233' });
    expect(board.variants[0]!.scenes[1]!.onScreen).toBe('Cold-pressed in small batches');
  });

  it('re-time the scenes after a changed duration so they still tile the cut', () => {
    const board = everyLayoutStoryboard();
    const edited = applyStoryboardEdits(board, { scenes: [{ sceneId: 's1', duration: 2.5 }] });
    const scenes = edited.variants[0]!.scenes;
    expect(scenes.map((scene) => scene.start)).toEqual([0, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5]);
    expect(edited.variants[0]!.durationSec).toBe(10.5);
  });

  it('answer 400 for an unknown scene, naming the scenes there are', () => {
    expect(() => applyStoryboardEdits(everyLayoutStoryboard(), { scenes: [{ sceneId: 'nope', shot: 'x' }] })).toThrow(
      expect.objectContaining({ code: 'invalid_request', message: expect.stringContaining('no scene "nope" in the storyboard; its scenes are s1, s2') }),
    );
  });
});
