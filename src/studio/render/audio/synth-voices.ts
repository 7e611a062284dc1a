/**
 * The instruments of the music bed, each rendered note by note into float buffers. Oscillators
 * read single-cycle wavetables (band-limited by construction), so a 15 s bed synthesises in
 * tens of milliseconds.
 */
const tableSize = 2048;

/** A single cycle of the first `harmonics` partials of a sawtooth (1/n amplitudes). */
export function wavetable(harmonics: number): Float32Array {
  const table = new Float32Array(tableSize);
  for (let h = 1; h <= harmonics; h++) {
    for (let i = 0; i < tableSize; i++) table[i] = (table[i] ?? 0) + Math.sin((2 * Math.PI * h * i) / tableSize) / h;
  }
  let peak = 0;
  for (const v of table) peak = Math.max(peak, Math.abs(v));
  for (let i = 0; i < tableSize; i++) table[i] = (table[i] ?? 0) / peak;
  return table;
}

export interface NoteSpec {
  start: number;
  duration: number;
  hz: number;
  gain: number;
  /** -1 (left) .. 1 (right). */
  pan: number;
}

/** A sustained chord tone: slow attack and release, two detuned oscillators for width. */
export function addPadNote(out: [Float32Array, Float32Array], rate: number, table: Float32Array, note: NoteSpec): void {
  const first = Math.floor(note.start * rate);
  const length = Math.floor(note.duration * rate);
  const attack = Math.min(length / 2, rate * 0.6);
  const release = Math.min(length / 2, rate * 0.8);
  const steps = [(note.hz * 0.997 * tableSize) / rate, (note.hz * 1.003 * tableSize) / rate];
  let phaseA = 0;
  let phaseB = tableSize / 3;
  for (let i = 0; i < length; i++) {
    const env = Math.min(1, i / attack, (length - i) / release);
    const a = table[phaseA | 0] ?? 0;
    const b = table[phaseB | 0] ?? 0;
    phaseA = (phaseA + (steps[0] ?? 0)) % tableSize;
    phaseB = (phaseB + (steps[1] ?? 0)) % tableSize;
    mix(out, first + i, a * note.gain * env, b * note.gain * env, note.pan);
  }
}

/** A plucked note: instant attack, exponential decay. */
export function addPluck(out: [Float32Array, Float32Array], rate: number, table: Float32Array, note: NoteSpec): void {
  const first = Math.floor(note.start * rate);
  const length = Math.floor(note.duration * rate);
  const step = (note.hz * tableSize) / rate;
  const decay = Math.exp(-5 / length);
  let env = 1;
  let phase = 0;
  for (let i = 0; i < length; i++) {
    const v = (table[phase | 0] ?? 0) * note.gain * env * Math.min(1, i / 40);
    phase = (phase + step) % tableSize;
    env *= decay;
    mix(out, first + i, v, v, note.pan);
  }
}

/** A soft kick: a sine sweeping 110 → 45 Hz with a quick decay. */
export function addKick(out: [Float32Array, Float32Array], rate: number, start: number, gain: number): void {
  const first = Math.floor(start * rate);
  const length = Math.floor(rate * 0.35);
  let phase = 0;
  for (let i = 0; i < length; i++) {
    const t = i / rate;
    const hz = 45 + 65 * Math.exp(-t * 30);
    phase += (2 * Math.PI * hz) / rate;
    const v = Math.sin(phase) * gain * Math.exp(-t * 9) * Math.min(1, i / 30);
    mix(out, first + i, v, v, 0);
  }
}

/** A closed hi-hat: a short burst of differenced (high-passed) noise. */
export function addHat(out: [Float32Array, Float32Array], rate: number, start: number, gain: number, random: () => number): void {
  const first = Math.floor(start * rate);
  const length = Math.floor(rate * 0.04);
  let previous = 0;
  for (let i = 0; i < length; i++) {
    const noise = random() * 2 - 1;
    const v = (noise - previous) * 0.5 * gain * (1 - i / length) ** 2;
    previous = noise;
    mix(out, first + i, v, v, 0.2);
  }
}

function mix(out: [Float32Array, Float32Array], index: number, left: number, right: number, pan: number): void {
  if (index < 0 || index >= out[0].length) return;
  out[0][index] = (out[0][index] ?? 0) + left * Math.min(1, 1 - pan);
  out[1][index] = (out[1][index] ?? 0) + right * Math.min(1, 1 + pan);
}
