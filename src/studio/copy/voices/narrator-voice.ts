import { asSentence, capitalize } from '../line-fitting.ts';
import { conceptPhrase } from '../concept-reading.ts';
import { genericPlural, isPlural } from '../countable-nouns.ts';
import type { CopyVoice } from './copy-voice.ts';
import { claimClause, inline, namesBrand, needsSubject, painStakes, productByBrand } from './voice-phrasing.ts';

/** The brand's ad voice, speaking to "you": factory cuts, statics and the default. */
export const narratorVoice: CopyVoice = {
  id: 'narrator',
  description: 'A confident ad narrator speaking directly to the viewer in second person ("you").',
  allowsSilence: true,
  pain: (p, _f, pick) => pick([`Tired of ${p.phrase}?`, `Still putting up with ${p.phrase}?`, `Sound familiar? ${capitalize(p.phrase)}.`], `pain:${p.phrase}`),
  agitate: (p, _f, pick) =>
    p.sting ?? pick([`And every time, it's the same: ${painStakes[p.kind]}.`, `It adds up: ${painStakes[p.kind]}.`], `agitate:${p.phrase}`),
  concept: (c, _f, pick) =>
    c.isIdea
      ? pick([`Imagine ${conceptPhrase(c, 'a')}.`, `${capitalize(conceptPhrase(c, 'a'))}? It exists.`], 'concept')
      : pick([`Picture ${conceptPhrase(c, 'a')}.`, `Imagine ${conceptPhrase(c, 'a')}.`], 'concept'),
  introduce: (f, pick) =>
    f.product === f.brand
      ? pick([`Meet ${f.brand}: ${genericPlural(f.kind)}, done right.`, `Enter ${f.brand}, ${genericPlural(f.kind)} without compromise.`], 'introduce')
      : namesBrand(f)
        ? pick([`Meet ${f.productRef}.`, `Say hello to ${f.productRef}.`], 'introduce')
        : pick([`Meet ${productByBrand(f)}.`, `Enter ${f.productRef}, from ${f.brand}.`], 'introduce'),
  benefit: (b, f, pick) =>
    needsSubject(b) ? `${capitalize(claimClause(b, f.productRef, isPlural(f.product)))}.` : pick([asSentence(b), `Think ${inline(b)}.`], `benefit:${b}`),
  proof: (claim, _f, pick) => pick([asSentence(claim), `Don't take our word for it: ${inline(claim)}.`], `proof:${claim}`),
  fact: (excerpt) => asSentence(excerpt),
  outcome: (o, _f, pick) => pick([`Imagine ${o}.`, `Picture ${o}.`, `Say hello to ${o}.`], `outcome:${o}`),
  audience: (f, pick) => pick([`Made for ${f.audience}.`, `Built for ${f.audience}.`], 'audience'),
  offer: (f, pick) => {
    if (f.price) return pick([`All for ${f.price}.`, `Yours for ${f.price}.`], 'offer');
    const offer = f.offers[0];
    return offer ? asSentence(offer) : undefined;
  },
  urgency: (_f, pick) => pick(['Why wait another day?', 'Start today, not someday.'], 'urgency'),
  close: (cta, f) => (cta.includes(f.brand) ? asSentence(cta) : `${cta} at ${f.brand}.`),
};
