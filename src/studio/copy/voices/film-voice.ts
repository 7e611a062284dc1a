import { asSentence, capitalize } from '../line-fitting.ts';
import { conceptPhrase } from '../concept-reading.ts';
import type { CopyVoice } from './copy-voice.ts';
import { claimClause, namesBrand, needsSubject } from './voice-phrasing.ts';

/** Concept film: sparse, evocative fragments; the pictures do the talking. */
export const filmVoice: CopyVoice = {
  id: 'film',
  description: 'A cinematic narrator: sparse, evocative, sensory fragments; few words, strong images.',
  allowsSilence: true,
  pain: (p, _f, pick) => pick([`${capitalize(p.phrase)}. Again.`, `The world settles for ${p.phrase}.`], `pain:${p.phrase}`),
  agitate: (p, _f, pick) => p.sting ?? pick(['Days blur. Nothing stays.', 'Same hour. Same grey.'], `agitate:${p.phrase}`),
  concept: (c) => asSentence(capitalize(conceptPhrase(c, 'a'))),
  introduce: (f, pick) =>
    namesBrand(f) ? pick([`Then, ${f.productRef}.`, `${capitalize(f.productRef)}.`], 'introduce') : pick([`Then, ${f.productRef}.`, `${capitalize(f.productRef)}. By ${f.brand}.`], 'introduce'),
  benefit: (b, _f, pick) => (needsSubject(b) ? asSentence(claimClause(b)) : pick([asSentence(b), `${asSentence(b).slice(0, -1)}, in every detail.`], `benefit:${b}`)),
  proof: (claim) => asSentence(claim),
  fact: (excerpt) => asSentence(excerpt),
  outcome: (o, _f, pick) => pick([asSentence(o), `${capitalize(o)}. Finally.`], `outcome:${o}`),
  audience: (f) => `For ${f.audience}.`,
  offer: (f) => {
    if (f.price) return `From ${f.price}.`;
    const offer = f.offers[0];
    return offer ? asSentence(offer) : undefined;
  },
  urgency: (_f, pick) => pick(['The moment is now.', 'Tonight, it begins.'], 'urgency'),
  close: (cta, f) => `${f.brand}. ${asSentence(cta)}`,
};
