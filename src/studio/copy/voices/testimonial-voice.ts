import { asSentence, capitalize } from '../line-fitting.ts';
import type { CopyVoice } from './copy-voice.ts';
import { claimClause, inline, outsiderFact, painStakes } from './voice-phrasing.ts';

/** Influencer UGC: a real-sounding customer talking to their phone, first person. */
export const testimonialVoice: CopyVoice = {
  id: 'testimonial',
  description: 'A creator filming a first-person UGC testimonial on their phone ("I didn\'t expect…"), casual and honest.',
  pain: (p, _f, pick) => pick([`I was so done with ${p.phrase}.`, `Honestly? I was sick of ${p.phrase}.`], `pain:${p.phrase}`),
  agitate: (p, _f, pick) => pick([`I'd tried everything, and it was always ${painStakes[p.kind]}.`, `Every time, same story: ${painStakes[p.kind]}.`], `agitate:${p.phrase}`),
  introduce: (f, pick) => pick([`Then I tried ${f.product}.`, `Then I found ${f.product === f.brand ? f.brand : `${f.product} from ${f.brand}`}.`], 'introduce'),
  benefit: (b, _f, pick) => pick([`${asSentence(claimClause(b))} Not even kidding.`, `${asSentence(claimClause(b))} I checked.`], `benefit:${b}`),
  proof: (claim, _f, pick) => pick([`And it's not just me: ${inline(claim)}.`, `Turns out I'm not alone: ${inline(claim)}.`], `proof:${claim}`),
  fact: (excerpt, f) => `Fun fact: ${outsiderFact(excerpt, f.brand)}`,
  outcome: (o, _f, pick) => pick([`Now? ${capitalize(o)}, every day.`, `Now it's ${o}, and I'm not going back.`], `outcome:${o}`),
  audience: (f, pick) => pick([`If you're one of the ${f.audience}, you need this.`, 'Seriously, if you are anything like me, try it.'], 'audience'),
  offer: (f, pick) => {
    if (f.price) return pick([`And it's only ${f.price}.`, `For ${f.price}? Easy yes.`], 'offer');
    const offer = f.offers[0];
    return offer ? `Plus, ${inline(offer)}.` : undefined;
  },
  urgency: (_f, pick) => pick(["Don't sleep on this one.", 'Go get it before everyone else does.'], 'urgency'),
  close: (cta) => `${cta}. Thank me later.`,
};
