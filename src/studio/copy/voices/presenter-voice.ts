import { asSentence, capitalize } from '../line-fitting.ts';
import { conceptPhrase } from '../concept-reading.ts';
import type { CopyVoice } from './copy-voice.ts';
import { agrees, claimClause, inline, outsiderFact, painStakes } from './voice-phrasing.ts';

/** Avatar: a presenter explaining to camera, helpful and direct. */
export const presenterVoice: CopyVoice = {
  id: 'presenter',
  description: 'An on-camera presenter speaking straight to the viewer, like a knowledgeable friend explaining ("Let me show you…").',
  allowsSilence: false,
  pain: (p, _f, pick) => pick([`Let's talk about ${p.phrase}.`, `Here's a problem I hear about every day: ${p.phrase}.`], `pain:${p.phrase}`),
  agitate: (p, _f, pick) => p.sting ?? pick([`And the cost? ${capitalize(painStakes[p.kind])}.`, `Left alone, it means ${painStakes[p.kind]}.`], `agitate:${p.phrase}`),
  concept: (c, _f, pick) =>
    c.isIdea
      ? pick([`Now picture ${conceptPhrase(c, 'a')}.`, `Picture ${conceptPhrase(c, 'a')}.`], 'concept')
      : pick([`Picture ${conceptPhrase(c, 'a')}.`], 'concept'),
  introduce: (f, pick) => pick([`That's where ${f.productRef} ${agrees(f, 'comes', 'come')} in.`, `Let me show you ${f.productRef}.`], 'introduce'),
  benefit: (b, _f, pick) => pick([`Here's the difference: ${claimClause(b)}.`, `One detail I love: ${claimClause(b)}.`], `benefit:${b}`),
  proof: (claim, _f, pick) => pick([`And the numbers back it up: ${inline(claim)}.`, `Don't just take my word for it: ${inline(claim)}.`], `proof:${claim}`),
  fact: (excerpt, f) => `Here's something most people don't know: ${outsiderFact(excerpt, f.brand)}`,
  outcome: (o, _f, pick) => pick([`The result? ${capitalize(o)}.`, `What you get is ${o}.`], `outcome:${o}`),
  audience: (f, pick) => pick([`This one is for ${f.audience}.`, `If that's you, keep watching.`], 'audience'),
  offer: (f, pick) => {
    if (f.price) return pick([`And it's just ${f.price}.`, `The price? ${f.price}.`], 'offer');
    const offer = f.offers[0];
    return offer ? `Plus, ${inline(offer)}.` : undefined;
  },
  urgency: (_f, pick) => pick(["My advice? Don't wait on this.", 'Start today; future you will thank you.'], 'urgency'),
  close: (cta) => asSentence(`${cta}, link below`),
};
