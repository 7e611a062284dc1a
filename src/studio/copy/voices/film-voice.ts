import { asSentence, capitalize } from '../line-fitting.ts';
import type { CopyVoice } from './copy-voice.ts';

/** Concept film: sparse, evocative fragments; the pictures do the talking. */
export const filmVoice: CopyVoice = {
  id: 'film',
  description: 'A cinematic narrator: sparse, evocative, sensory fragments; few words, strong images.',
  pain: (p, _f, pick) => pick([`${capitalize(p.phrase)}. Again.`, `The world settles for ${p.phrase}.`], `pain:${p.phrase}`),
  agitate: (p, _f, pick) => p.sting ?? pick(['Days blur. Nothing stays.', 'Same hour. Same grey.'], `agitate:${p.phrase}`),
  introduce: (f, pick) => pick([`Then, ${f.product}.`, `${f.product}. By ${f.brand}.`], 'introduce'),
  benefit: (b, _f, pick) => pick([asSentence(b), `${asSentence(b).slice(0, -1)}, in every detail.`], `benefit:${b}`),
  proof: (claim) => asSentence(claim),
  fact: (excerpt) => asSentence(excerpt),
  outcome: (o, _f, pick) => pick([asSentence(o), `Made for ${o}.`], `outcome:${o}`),
  audience: (f) => `For ${f.audience}.`,
  offer: (f) => {
    if (f.price) return `From ${f.price}.`;
    const offer = f.offers[0];
    return offer ? asSentence(offer) : undefined;
  },
  urgency: (_f, pick) => pick(['The moment is now.', 'Tonight, it begins.'], 'urgency'),
  close: (cta, f) => `${f.brand}. ${asSentence(cta)}`,
};

