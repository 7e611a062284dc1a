import type { Storyboard } from '../../storyboard.ts';

export type Mood = Storyboard['music']['mood'];

/** How a mood sounds: key, chord loop (scale degrees, one chord per bar), arpeggio and drums. */
export interface MoodRecipe {
  /** MIDI note of the key's root, in the bass register. */
  root: number;
  scale: readonly number[];
  progression: readonly number[];
  /** Arpeggio notes per beat (0 = none) and their pattern over the chord's tones. */
  arpPerBeat: number;
  arpPattern: readonly number[];
  /** Beats of the bar that get a kick (0-based). */
  kicks: readonly number[];
  hats: boolean;
  /** Pad level and brightness (number of harmonics). */
  pad: number;
  brightness: number;
}

const major = [0, 2, 4, 5, 7, 9, 11];
const minor = [0, 2, 3, 5, 7, 8, 10];

export const moodRecipes: Record<Mood, MoodRecipe> = {
  warm: { root: 50, scale: major, progression: [0, 5, 3, 4], arpPerBeat: 2, arpPattern: [0, 1, 2, 1], kicks: [0, 2], hats: false, pad: 0.5, brightness: 4 },
  bright: { root: 52, scale: major, progression: [0, 4, 5, 3], arpPerBeat: 2, arpPattern: [0, 1, 2, 3, 2, 1], kicks: [0, 1, 2, 3], hats: true, pad: 0.35, brightness: 6 },
  tense: { root: 45, scale: minor, progression: [0, 0, 5, 6], arpPerBeat: 4, arpPattern: [0, 0, 1, 0, 2, 0, 1, 0], kicks: [0, 2], hats: false, pad: 0.45, brightness: 3 },
  epic: { root: 43, scale: minor, progression: [0, 5, 2, 6], arpPerBeat: 2, arpPattern: [0, 1, 2, 3], kicks: [0, 1, 2, 3], hats: true, pad: 0.6, brightness: 6 },
  calm: { root: 53, scale: major, progression: [0, 3, 0, 4], arpPerBeat: 1, arpPattern: [0, 2, 1, 3], kicks: [], hats: false, pad: 0.55, brightness: 2 },
};

/** The chord on a scale degree as MIDI notes: root, third, fifth (and the octave) stacked in the scale. */
export function chordNotes(recipe: MoodRecipe, degree: number): number[] {
  const note = (step: number) => {
    const octave = Math.floor(step / recipe.scale.length);
    return recipe.root + 12 * octave + (recipe.scale[step % recipe.scale.length] ?? 0);
  };
  return [note(degree), note(degree + 2), note(degree + 4), note(degree + 7)];
}

export function midiToHz(note: number): number {
  return 440 * 2 ** ((note - 69) / 12);
}
