import { asSentence, capitalize, withoutFinalStop } from '../line-fitting.ts';
import { conceptPhrase } from '../concept-reading.ts';
import { isPlural } from '../countable-nouns.ts';
import type { CopyVoice } from './copy-voice.ts';
import { claimClause, inline, needsSubject } from './voice-phrasing.ts';

/** Brand film: the brand tells its own story, "we", with conviction. */
export const storytellerVoice: CopyVoice = {
  id: 'storyteller',
  description: 'The brand telling its own signature story in first person plural ("we"), sincere and purposeful.',
  allowsSilence: true,
  pain: (p, _f, pick) => pick([`We were tired of ${p.phrase}.`, `Too many people settle for ${p.phrase}.`], `pain:${p.phrase}`),
  agitate: (p, _f, pick) => p.sting ?? pick(['We knew there had to be a better way.', 'It never sat right with us.'], `agitate:${p.phrase}`),
  concept: (c, _f, pick) =>
    c.isIdea
      ? pick([`So we set out to make ${conceptPhrase(c, 'a')}.`, `We wanted ${conceptPhrase(c, 'a')}.`], 'concept')
      : pick([`We pictured ${conceptPhrase(c, 'a')}.`], 'concept'),
  introduce: (f, pick) =>
    f.product === f.brand
      ? pick([`So we built ${f.brand}.`, `That's why ${f.brand} exists.`], 'introduce')
      : pick([`So we made ${f.productRef}.`, `That's why we created ${f.productRef}.`], 'introduce'),
  benefit: (b, _f, pick) => {
    const claim = withoutFinalStop(asSentence(claimClause(b)));
    return pick([`${claim}, by design.`, `${claim}. That's our promise.`], `benefit:${b}`);
  },
  proof: (claim, f, pick) =>
    needsSubject(claim)
      ? pick([`Today, ${claimClause(claim, f.productRef, isPlural(f.product))}.`, `And now ${claimClause(claim, f.productRef, isPlural(f.product))}.`], `proof:${claim}`)
      : pick([`Today: ${inline(claim)}.`, `The proof? ${capitalize(inline(claim))}.`], `proof:${claim}`),
  fact: (excerpt) => asSentence(excerpt),
  outcome: (o, _f, pick) => pick([`Because you deserve ${o}.`, `All so you can have ${o}.`], `outcome:${o}`),
  audience: (f, pick) => pick([`We make it for ${f.audience}.`, `Everything we do is for ${f.audience}.`], 'audience'),
  offer: (f, pick) => {
    if (f.price) return pick([`From ${f.price}.`, `Yours from ${f.price}.`], 'offer');
    const offer = f.offers[0];
    return offer ? asSentence(offer) : undefined;
  },
  urgency: (_f, pick) => pick(['Your story starts today.', 'The next chapter is yours.'], 'urgency'),
  close: (cta, f) => `${f.brand}. ${capitalize(asSentence(cta))}`,
};
