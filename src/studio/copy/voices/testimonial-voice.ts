import { asSentence, capitalize, lowerFirst } from '../line-fitting.ts';
import { conceptPhrase } from '../concept-reading.ts';
import type { CopyVoice } from './copy-voice.ts';
import { claimClause, inline, outsiderFact, painStakes, productByBrand } from './voice-phrasing.ts';

/** Influencer UGC: a real-sounding customer talking to their phone, first person. */
export const testimonialVoice: CopyVoice = {
  id: 'testimonial',
  description: 'A creator filming a first-person UGC testimonial on their phone ("I didn\'t expect…"), casual and honest.',
  allowsSilence: false,
  pain: (p, _f, pick) => pick([`I was so done with ${p.phrase}.`, `Honestly? I was sick of ${p.phrase}.`], `pain:${p.phrase}`),
  agitate: (p, _f, pick) =>
    p.sting
      ? pick([`Nothing worked. ${p.sting}`, `Every single time: ${lowerFirst(p.sting)}`], `agitate:${p.phrase}`)
      : pick([`Nothing worked. Just ${painStakes[p.kind]}.`, `Every time, same story: ${painStakes[p.kind]}.`], `agitate:${p.phrase}`),
  concept: (c, _f, pick) =>
    c.isIdea
      ? pick([`So I found ${conceptPhrase(c, 'a', 'me')}.`, `It's literally ${conceptPhrase(c, 'a', 'me')}.`], 'concept')
      : pick([`I'm talking ${conceptPhrase(c, 'a', 'me')}.`], 'concept'),
  introduce: (f, pick) => pick([`Then I tried ${f.productRef}.`, `Then I found ${productByBrand(f, 'from')}.`], 'introduce'),
  benefit: (b, _f, pick) => pick([`${asSentence(claimClause(b))} Not even kidding.`, `${asSentence(claimClause(b))} I checked.`], `benefit:${b}`),
  proof: (claim, _f, pick) => pick([`And it's not just me: ${inline(claim)}.`, `Turns out I'm not alone: ${inline(claim)}.`], `proof:${claim}`),
  fact: (excerpt, f) => `Fun fact: ${outsiderFact(excerpt, f.brand)}`,
  outcome: (o, _f, pick) => pick([`Now? ${capitalize(o)}, every day.`, `Now it's ${o}, and I'm not going back.`], `outcome:${o}`),
  audience: (f, pick) => pick([`${capitalize(f.audience)}, you need this.`, 'Seriously, if you are anything like me, try it.'], 'audience'),
  offer: (f, pick) => {
    if (f.price) return pick([`And it's only ${f.price}.`, `For ${f.price}? Easy yes.`], 'offer');
    const offer = f.offers[0];
    return offer ? `Plus, ${inline(offer)}.` : undefined;
  },
  urgency: (_f, pick) => pick(["Don't sleep on this one.", 'Go get it before everyone else does.'], 'urgency'),
  close: (cta) => `${cta}. Thank me later.`,
};
