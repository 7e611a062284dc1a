import type { Brief } from '../brief.ts';
import { workflowCatalog } from '../../contract/workflow-catalog.ts';
import type { Storyboard } from '../storyboard.ts';
import type { ToneKind } from '../copy/tone-profile.ts';
import { wordsPerSecond } from '../copy/beat-timing.ts';
import { pickSeeded } from '../copy/brief-seed.ts';

type Music = Storyboard['music'];
type Voice = Storyboard['voice'];

const moodByTone: Record<ToneKind, { mood: Music['mood']; bpm: number }> = {
  luxury: { mood: 'warm', bpm: 76 },
  bold: { mood: 'epic', bpm: 128 },
  warm: { mood: 'warm', bpm: 96 },
  playful: { mood: 'bright', bpm: 118 },
  calm: { mood: 'calm', bpm: 72 },
  professional: { mood: 'bright', bpm: 104 },
};

/**
 * The music bed: mood and tempo from the tone, adjusted by type (a concept film swells, a
 * presenter's bed sits low under speech, UGC is upbeat) and by season; off for stills.
 */
export function chooseMusic(brief: Brief, tone: ToneKind, seed: number): Music {
  const enabled = workflowCatalog[brief.type].tiers[brief.quality].durationSec > 0;
  let { mood, bpm } = moodByTone[tone];
  if (brief.type === 'cinematic' && mood !== 'calm' && mood !== 'warm') mood = 'epic';
  if (brief.type === 'avatar') bpm -= 8;
  if (brief.type === 'influencer' && mood !== 'calm') {
    mood = 'bright';
    bpm = Math.max(bpm, 110);
  }
  if (brief.seasonal === 'ramadan') ({ mood, bpm } = { mood: 'calm', bpm: 72 });
  if (brief.seasonal === 'eid') ({ mood, bpm } = { mood: 'bright', bpm: 116 });
  // A small, stable nudge so two briefs of the same tone do not share one tempo.
  const nudge = pickSeeded([-3, -2, -1, 0, 1, 2, 3], seed, 'bpm');
  return { enabled, mood, bpm: Math.min(180, Math.max(50, bpm + nudge)) };
}

/** Voice-over for video types at the pace the copy was written for. */
export function chooseVoice(brief: Brief): Voice {
  const enabled = workflowCatalog[brief.type].tiers[brief.quality].durationSec > 0;
  return { enabled, voice: 'en-us', wordsPerMinute: Math.round(wordsPerSecond * 60) };
}
