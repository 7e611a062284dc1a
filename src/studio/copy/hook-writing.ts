import type { Picker } from './brief-seed.ts';
import type { Angle } from './angle-plan.ts';
import type { FactPool } from './fact-pool.ts';
import type { CopyVoice } from './voices/copy-voice.ts';
import { asSentence, capitalize, fitOnScreen, withoutFinalStop } from './line-fitting.ts';
import { conceptPhrase, conceptSentence, type ConceptIdea } from './concept-reading.ts';
import { painCaption } from './pain-captions.ts';
import { reapplyHeading } from './reference-structure.ts';
import type { StageRole } from './stage-role.ts';
import { audienceLabel, productSubject } from './voices/voice-phrasing.ts';

export interface Hook {
  /** The spoken opening line (also the variant's `hook`). */
  line: string;
  /** Its on-screen caption: a few words. */
  short: string;
  /** True when the hook already states the opening stage's pain, so that line may go. */
  painLed?: boolean;
  /** True when the hook already says the brief's concept, so no concept line follows it. */
  carriesConcept?: boolean;
}

/** The concept as a caption: the whole idea when it fits, else its opening phrase. */
export function conceptCaption(c: ConceptIdea): string {
  return fitOnScreen(capitalize(conceptPhrase(c, 'a')));
}

/**
 * The first two seconds: what makes someone stop scrolling, per angle and speaker. The plain
 * benefit angle opens the way the framework's first stage does (a pain, an audience, a price).
 */
export function writeHook(angle: Angle, voice: CopyVoice, pool: FactPool, pick: Picker, openingRole: StageRole): Hook {
  const f = pool.facts;
  const pain = pool.leadPain();
  const concept = f.concept;
  const painHook = (): Hook => ({ line: voice.pain(pain, f, pick), short: painCaption(pain, (p) => `${p}?`), painLed: true });
  switch (angle) {
    case 'concept':
      if (concept) return { line: voice.concept(concept, f, pick), short: conceptCaption(concept), carriesConcept: true };
      return painHook();
    case 'social proof': {
      const proof = pool.peekProof();
      if (proof) return { line: `${asSentence(proof)} Here's why.`, short: fitOnScreen(proof) };
      return { line: `Why ${f.audience} choose ${f.brand}.`, short: fitOnScreen(`Why they choose ${f.brand}`) };
    }
    case 'price':
      if (f.price) return { line: `${productSubject(f)}, for ${f.price}. Really.`, short: fitOnScreen(`${f.product}: ${f.price}`) };
      if (f.offers[0]) return { line: `${asSentence(f.offers[0]).slice(0, -1)}. Yes, really.`, short: fitOnScreen(f.offers[0]) };
      return painHook();
    case 'urgency':
      return { line: `Don't scroll past this if you're tired of ${pain.phrase}.`, short: "Don't scroll past this", painLed: true };
    case 'concept film': {
      if (concept) return { line: voice.concept(concept, f, pick), short: conceptCaption(concept), carriesConcept: true };
      const [first = f.kind, second] = f.imagery;
      return { line: second ? `${asSentence(first)} ${asSentence(second)}` : asSentence(first), short: fitOnScreen(capitalize(first)) };
    }
    case 'brand story': {
      const year = foundingYear(f.knowledge.map((k) => k.excerpt));
      if (year) return { line: `Since ${year}, one idea has guided us.`, short: `Since ${year}` };
      if (concept?.isIdea) return { line: `It started with a simple idea: ${conceptPhrase(concept, 'a')}.`, short: 'It started with an idea', carriesConcept: true };
      return { line: `It started with a simple question: why settle for ${pain.phrase}?`, short: 'Why settle?', painLed: true };
    }
    case 'testimonial': {
      // The creator holds up what the brief is about: its idea when it has one, else the product.
      const holding = concept ? conceptSentence(concept, 'me') : undefined;
      if (concept && holding) {
        return pick(
          [
            { line: `Okay, ${conceptSentence(concept, 'me', 'literally')}.`, short: fitOnScreen(capitalize(holding)), carriesConcept: true },
            { line: `Wait. ${capitalize(holding)}.`, short: fitOnScreen(capitalize(holding)), carriesConcept: true },
          ],
          'hook:testimonial',
        );
      }
      const subject = concept?.isIdea ? conceptPhrase(concept, 'this', 'me') : f.productRef;
      const carriesConcept = Boolean(concept?.isIdea);
      return pick(
        [
          { line: `I didn't expect much from ${subject}. I was wrong.`, short: "I didn't expect this", carriesConcept },
          { line: `Okay, I need to talk about ${subject}.`, short: 'I need to talk about this', carriesConcept },
        ],
        'hook:testimonial',
      );
    }
    case 'presenter':
      return pick(
        [
          { line: `Here's what nobody tells you about ${pain.phrase}.`, short: 'What nobody tells you', painLed: true },
          { line: `Quick question: are you still dealing with ${pain.phrase}?`, short: 'Still dealing with this?', painLed: true },
        ],
        'hook:presenter',
      );
    case 'reference structure': {
      const heading = f.structure[0];
      if (!heading) return painHook();
      const line = reapplyHeading(heading, f, pain);
      const painLed = line.includes(pain.phrase);
      return { line, short: painLed ? painCaption(pain, (p) => withoutFinalStop(line.replace(pain.phrase, p))) : fitOnScreen(withoutFinalStop(line)), painLed };
    }
    default:
      if (openingRole === 'audience') {
        const who = audienceLabel(f);
        return { line: `Calling all ${who}.`, short: fitOnScreen(`Calling all ${who}`) };
      }
      if (openingRole === 'offer' && f.price) return { line: `${productSubject(f)}, for ${f.price}.`, short: fitOnScreen(`${f.product}: ${f.price}`) };
      if (openingRole === 'offer') return { line: 'Before anything else, something for free.', short: 'Free, first' };
      return painHook();
  }
}

/** "Since 1921" / "founded in 1987" in the knowledge base: an origin a story can open on. */
export function foundingYear(texts: readonly string[]): string | undefined {
  for (const text of texts) {
    const match = text.match(/\b(?:since|founded in|established in|est\.?|born in|started in)\s+((?:1[5-9]|20)\d\d)\b/i);
    if (match?.[1]) return match[1];
  }
  return undefined;
}
