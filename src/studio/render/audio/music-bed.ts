import { seededRandom } from '../canvas/seeded-random.ts';
import { chordNotes, midiToHz, moodRecipes, type Mood } from './music-moods.ts';
import { addHat, addKick, addPadNote, addPluck, wavetable } from './synth-voices.ts';

export interface MusicBedRequest {
  durationSec: number;
  bpm: number;
  mood: Mood;
  /** Same seed, same track: a variant re-renders identically. */
  seed: string;
  /** 48 kHz by default: the soundtrack's rate, so the mix needs no resampling. */
  sampleRate?: number;
}

/**
 * A small generative track for the mood: a four-chord loop on a pad, a bass on the strong beats,
 * an arpeggio that varies by seed, a soft kick (and hats for the driving moods). Drums enter after
 * the first bar so the hook breathes; the bed fades in and out and is peak-normalised. Stereo
 * float samples, ready to write as WAV.
 */
export function synthesizeMusicBed(request: MusicBedRequest): [Float32Array, Float32Array] {
  const rate = request.sampleRate ?? 48000;
  const recipe = moodRecipes[request.mood];
  const random = seededRandom(`music:${request.seed}`);
  const length = Math.ceil(request.durationSec * rate);
  const out: [Float32Array, Float32Array] = [new Float32Array(length), new Float32Array(length)];
  const beat = 60 / request.bpm;
  const bar = beat * 4;
  const pad = wavetable(recipe.brightness);
  const pluck = wavetable(3);
  const bass = wavetable(2);

  for (let b = 0; b * bar < request.durationSec; b++) {
    const start = b * bar;
    const notes = chordNotes(recipe, recipe.progression[b % recipe.progression.length] ?? 0);
    notes.slice(0, 3).forEach((note, i) => {
      addPadNote(out, rate, pad, { start, duration: bar * 1.08, hz: midiToHz(note + 12), gain: recipe.pad * 0.11, pan: (i - 1) * 0.45 });
    });
    for (const beatIndex of [0, 2]) {
      addPluck(out, rate, bass, { start: start + beatIndex * beat, duration: beat * 1.8, hz: midiToHz((notes[0] ?? recipe.root) - 12), gain: 0.32, pan: 0 });
    }
    if (recipe.arpPerBeat > 0) {
      const step = beat / recipe.arpPerBeat;
      for (let k = 0; k < 4 * recipe.arpPerBeat; k++) {
        if (random() < 0.12) continue;
        const tone = notes[(recipe.arpPattern[k % recipe.arpPattern.length] ?? 0) % notes.length] ?? recipe.root;
        const lift = random() < 0.1 ? 36 : 24;
        addPluck(out, rate, pluck, { start: start + k * step, duration: step * 2.5, hz: midiToHz(tone + lift), gain: 0.1, pan: k % 2 ? 0.35 : -0.35 });
      }
    }
    if (b === 0 && request.durationSec > bar * 2) continue;
    for (const k of recipe.kicks) addKick(out, rate, start + k * beat, 0.55);
    if (recipe.hats) for (let k = 0; k < 4; k++) addHat(out, rate, start + (k + 0.5) * beat, 0.12, random);
  }
  master(out, rate, request.durationSec);
  return out;
}

/** Soft-clips, fades in (0.6 s) and out (up to 1.5 s), then normalises the peak to about -2 dBFS. */
function master(out: [Float32Array, Float32Array], rate: number, durationSec: number): void {
  const fadeIn = Math.floor(rate * Math.min(0.6, durationSec * 0.1));
  const fadeOut = Math.floor(rate * Math.min(1.5, durationSec * 0.2));
  const length = out[0].length;
  let peak = 0;
  for (const channel of out) {
    for (let i = 0; i < length; i++) {
      const gain = Math.min(1, i / Math.max(1, fadeIn), (length - i) / Math.max(1, fadeOut));
      const v = Math.tanh((channel[i] ?? 0) * 1.2) * gain;
      channel[i] = v;
      peak = Math.max(peak, Math.abs(v));
    }
  }
  const scale = peak > 0 ? 0.8 / peak : 1;
  for (const channel of out) for (let i = 0; i < length; i++) channel[i] = (channel[i] ?? 0) * scale;
}
