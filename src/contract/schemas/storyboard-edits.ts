import { z } from 'zod';

/**
 * A reviewer's patch to the storyboard of a suspended job. The contract imports nothing of the
 * studio, so this mirrors only the fields a person edits (the words on screen and in the voice,
 * the shot, the timing, the palette); the studio validates the patched storyboard as a whole.
 */
const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a 6-digit hex color such as "#1a2b3c"');

export const sceneEdit = z
  .object({
    sceneId: z.string().min(1, 'is required').describe('Id of the scene to change, as in the storyboard artifact'),
    shot: z.string().min(1).max(300).optional().describe('New description of what the shot shows'),
    onScreen: z.string().max(90).optional().describe('New on-screen text (at most 90 characters)'),
    voiceOver: z.string().max(400).optional().describe('New voice-over line (at most 400 characters)'),
    duration: z.number().positive().max(60).optional().describe('New length of the scene in seconds'),
  })
  .describe('Changes to one scene; fields left out stay as they are');

export const paletteRoles = ['background', 'surface', 'primary', 'secondary', 'accent', 'text', 'muted'] as const;

export const storyboardEdits = z
  .object({
    scenes: z.array(sceneEdit).max(50).optional().describe('Scene changes, by scene id'),
    palette: z
      .partialRecord(z.enum(paletteRoles), hexColor)
      .optional()
      .describe('Palette colors to replace, by role, e.g. {"accent":"#c8a24a"}'),
  })
  .describe('Edits to apply to the storyboard before rendering');

export type StoryboardEdits = z.infer<typeof storyboardEdits>;
