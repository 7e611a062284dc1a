import type { Picker } from './brief-seed.ts';
import type { Angle } from './angle-plan.ts';
import type { FactPool } from './fact-pool.ts';
import type { CopyVoice } from './voices/copy-voice.ts';
import { asSentence, capitalize, fitOnScreen, withoutFinalStop } from './line-fitting.ts';
import { reapplyHeading } from './reference-structure.ts';
import type { StageRole } from './stage-role.ts';

export interface Hook {
  /** The spoken opening line (also the variant's `hook`). */
  line: string;
  /** Its on-screen caption: a few words. */
  short: string;
  /** True when the hook already states the opening stage's pain, so that line may go. */
  painLed?: boolean;
}

/**
 * The first two seconds: what makes someone stop scrolling, per angle and speaker. The plain
 * benefit angle opens the way the framework's first stage does (a pain, an audience, a price).
 */
export function writeHook(angle: Angle, voice: CopyVoice, pool: FactPool, pick: Picker, openingRole: StageRole): Hook {
  const f = pool.facts;
  const pain = pool.leadPain();
  const painHook = (): Hook => ({ line: voice.pain(pain, f, pick), short: fitOnScreen(`${capitalize(pain.phrase)}?`), painLed: true });
  switch (angle) {
    case 'social proof': {
      const proof = pool.peekProof();
      if (proof) return { line: `${asSentence(proof)} Here's why.`, short: fitOnScreen(proof) };
      return { line: `Why ${f.audience} choose ${f.brand}.`, short: fitOnScreen(`Why they choose ${f.brand}`) };
    }
    case 'price':
      if (f.price) return { line: `${f.product}, for ${f.price}. Really.`, short: fitOnScreen(`${f.product}: ${f.price}`) };
      if (f.offers[0]) return { line: `${asSentence(f.offers[0]).slice(0, -1)}. Yes, really.`, short: fitOnScreen(f.offers[0]) };
      return painHook();
    case 'urgency':
      return { line: `Don't scroll past this if you're tired of ${pain.phrase}.`, short: "Don't scroll past this", painLed: true };
    case 'concept film': {
      const [first = f.kind, second] = f.imagery;
      return { line: second ? `${asSentence(first)} ${asSentence(second)}` : asSentence(first), short: fitOnScreen(capitalize(first)) };
    }
    case 'brand story': {
      const year = foundingYear(f.knowledge.map((k) => k.excerpt));
      if (year) return { line: `Since ${year}, one idea has guided us.`, short: `Since ${year}` };
      return { line: `It started with a simple question: why settle for ${pain.phrase}?`, short: 'Why settle?', painLed: true };
    }
    case 'testimonial':
      return pick(
        [
          { line: `I didn't expect much from ${f.product}. I was wrong.`, short: "I didn't expect this" },
          { line: `Okay, I need to talk about ${f.product}.`, short: 'I need to talk about this' },
        ],
        'hook:testimonial',
      );
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
      return { line, short: fitOnScreen(withoutFinalStop(line)), painLed: line.includes(pain.phrase) };
    }
    default:
      if (openingRole === 'audience') {
        const who = f.audience.split(/\s+/).length <= 4 ? f.audience : f.profile.audienceNoun;
        return { line: `Calling all ${who}.`, short: fitOnScreen(`Calling all ${who}`) };
      }
      if (openingRole === 'offer' && f.price) return { line: `${f.product}, for ${f.price}.`, short: fitOnScreen(`${f.product}: ${f.price}`) };
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
