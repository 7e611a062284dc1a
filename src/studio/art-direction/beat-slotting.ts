import type { ScriptBeat } from '../script.ts';
import { closingReserve } from '../copy/beat-timing.ts';
import { fitOnScreen } from '../copy/line-fitting.ts';
import { roleOfStage, type StageRole } from '../copy/stage-role.ts';
import { countWords, splitSentences } from '../copy/text-tokens.ts';

/** A scene-to-be: which beat it shows, what it says and how long it lasts. */
export interface SceneSlot {
  beatId: string;
  role: StageRole | 'hook';
  onScreen: string;
  voiceOver: string;
  duration: number;
  closing: boolean;
}

/**
 * Fits a variant's beats to the tier's scene count. Beats are scaled to the cut's length; too
 * many beats merge (the shortest neighbouring pair first), too few split (the longest beat
 * becomes two shots at a sentence break). The closing beat always becomes the last scene.
 */
export function slotBeats(beats: readonly ScriptBeat[], sceneCount: number, durationSec: number): SceneSlot[] {
  const total = beats.reduce((sum, b) => sum + Math.max(0.1, b.end - b.start), 0) || 1;
  const slots: SceneSlot[] = beats.map((beat, i) => ({
    beatId: beat.id,
    role: i === 0 ? 'hook' : roleOfStage(beat.stage),
    onScreen: beat.onScreen,
    voiceOver: beat.voiceOver,
    duration: (Math.max(0.1, beat.end - beat.start) / total) * durationSec,
    closing: false,
  }));
  ensureClosing(slots, durationSec);
  const bodyTarget = Math.max(1, sceneCount - 1);
  while (slots.length - 1 > bodyTarget) mergeShortestPair(slots);
  while (slots.length - 1 < bodyTarget && splitLongest(slots)) {
    /* each pass adds one shot */
  }
  return slots;
}

/** A script without a closing beat lends its last seconds to the end card. */
function ensureClosing(slots: SceneSlot[], durationSec: number): void {
  const last = slots[slots.length - 1];
  if (!last) return;
  if (slots.length > 1 && last.role === 'cta') {
    last.closing = true;
    return;
  }
  const reserve = Math.min(closingReserve(durationSec), last.duration / 2);
  last.duration -= reserve;
  slots.push({ beatId: 'endcard', role: 'cta', onScreen: '', voiceOver: '', duration: reserve, closing: true });
}

function mergeShortestPair(slots: SceneSlot[]): void {
  let best = 0;
  for (let i = 1; i < slots.length - 2; i++) {
    const pair = (slots[i]?.duration ?? 0) + (slots[i + 1]?.duration ?? 0);
    const current = (slots[best]?.duration ?? 0) + (slots[best + 1]?.duration ?? 0);
    if (pair < current) best = i;
  }
  const [first, second] = [slots[best], slots[best + 1]];
  if (!first || !second) return;
  first.voiceOver = [first.voiceOver, second.voiceOver].filter(Boolean).join(' ');
  first.duration += second.duration;
  slots.splice(best + 1, 1);
}

/** Splits the longest body slot into a wide and a close shot; false when nothing can split. */
function splitLongest(slots: SceneSlot[]): boolean {
  let index = -1;
  for (let i = 0; i < slots.length - 1; i++) if (index < 0 || (slots[i]?.duration ?? 0) > (slots[index]?.duration ?? 0)) index = i;
  const slot = slots[index];
  if (!slot || slot.duration < 1) return false;
  const [firstVo, secondVo, atSentence] = halves(slot.voiceOver);
  const firstWords = countWords(firstVo);
  const share = secondVo ? Math.min(0.7, Math.max(0.3, firstWords / Math.max(1, firstWords + countWords(secondVo)))) : 0.5;
  const second: SceneSlot = {
    ...slot,
    role: slot.role === 'hook' ? 'problem' : slot.role,
    onScreen: atSentence ? fitOnScreen(secondVo) : slot.onScreen,
    voiceOver: secondVo,
    duration: slot.duration * (1 - share),
  };
  slot.voiceOver = secondVo ? firstVo : slot.voiceOver;
  slot.duration *= share;
  slots.splice(index + 1, 0, second);
  return true;
}

/**
 * Two halves of a voice-over, each within its own shot: at a sentence break when there is
 * one, else at a comma, else at the middle word (so neither shot overruns its time).
 */
function halves(voiceOver: string): [string, string, boolean] {
  const sentences = splitSentences(voiceOver);
  if (sentences.length > 1) {
    const cut = Math.ceil(sentences.length / 2);
    return [sentences.slice(0, cut).join(' '), sentences.slice(cut).join(' '), true];
  }
  const comma = voiceOver.indexOf(', ');
  if (comma > 0 && comma < voiceOver.length - 2) return [voiceOver.slice(0, comma + 1), voiceOver.slice(comma + 2), false];
  const words = voiceOver.split(/\s+/).filter(Boolean);
  if (words.length < 4) return [voiceOver, '', false];
  const middle = Math.ceil(words.length / 2);
  return [words.slice(0, middle).join(' '), words.slice(middle).join(' '), false];
}
