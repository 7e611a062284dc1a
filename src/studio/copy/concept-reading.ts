import { indefiniteArticle, isCountable, isPlural } from './countable-nouns.ts';
import { phraseCut } from './phrase-boundaries.ts';
import { lowerFirst } from './line-fitting.ts';

/**
 * The brief's concept, read as copy: what the customer asked the ad to be about. "A rain jacket
 * that disappears into your pocket" is an idea the script must say; "Luxury perfume ad with
 * golden tones" is a mood it can still name. Format words ("ad", "video") and the brand's own
 * name are dropped, since the script says those elsewhere.
 */
export interface ConceptIdea {
  /** The concept as a noun phrase without its article: "rain jacket that disappears into your pocket". */
  phrase: string;
  /** The article it takes when introduced: "a", "an", or "" for mass nouns, plurals and names. */
  article: '' | 'a' | 'an';
  plural: boolean;
  /** True when it says what the product does (a relative clause), not only how the film looks. */
  isIdea: boolean;
  /** Its head, in plain words: "rain jacket". */
  kind?: string;
  /**
   * When the concept is "HEAD that DOES SOMETHING": the two halves, so a line can say it as a
   * sentence ("This rain jacket disappears into my pocket.") instead of a long noun phrase.
   */
  clause?: { head: string; predicate: string };
  /** Pictures it asks for: "golden tones". */
  imagery: string[];
}

/** Spoken concept lines stay short enough to share a beat with the hook. */
const maxConceptWords = 8;

const formatWords = /\b(?:ads?|advert(?:isement)?s?|commercials?|videos?|films?|spots?|campaigns?|promos?|teasers?|reels?|clips?)\b/gi;
const clauseBreak = /\s+(?:with|featuring|showing|where|that|which|set in|about|starring|in which)\s+|[,.;:!?—–]\s*|\s+-\s+/i;

export function readConcept(concept: string | undefined, brand: string): ConceptIdea | undefined {
  const raw = (concept ?? '').trim().replace(/\s+/g, ' ');
  if (!raw) return undefined;
  const articleMatch = raw.match(/^(an?|the)\s+/i);
  const text = raw.slice(articleMatch?.[0].length ?? 0);
  const cleaned = withoutBrand(text.replace(formatWords, ' '), brand).replace(/\s+/g, ' ').replace(/\s+([,.;:!?])/g, '$1').trim();
  const [head = '', ...rest] = text.split(clauseBreak);
  const kind = withoutBrand(head.replace(formatWords, ' '), brand).replace(/\bfor\s*$/i, '').replace(/\s+/g, ' ').trim();
  const kindWords = kind.split(' ').filter(Boolean);
  const imagery = rest
    .flatMap((part) => part.split(/\s+and\s+/i))
    .map((part) => part.replace(formatWords, '').replace(/\s+/g, ' ').trim())
    .filter((part) => part.split(' ').length >= 2 && part.split(' ').length <= 8)
    .slice(0, 3);
  const phrase = spokenPhrase(cleaned);
  const hasKind = kindWords.length > 0 && kindWords.length <= 4;
  const plural = isPlural(hasKind ? kind : phrase.split(/\s+that\s+|\s+which\s+|\s+who\s+/)[0] ?? phrase);
  const countable = isCountable(hasKind ? kind : phrase);
  const article = plural || !phrase ? '' : articleMatch && /^an?$/i.test(articleMatch[1] ?? '') ? indefiniteArticle(phrase) : countable ? indefiniteArticle(phrase) : '';
  const clause = phrase.match(/^(.{2,60}?)\s+(?:that|which|who)\s+(\S+s\b.*)$/i);
  return {
    phrase,
    article,
    plural,
    isIdea: /\b(?:that|which|who)\s+\S+/i.test(phrase),
    ...(clause?.[1] && clause[2] && !plural ? { clause: { head: clause[1], predicate: clause[2] } } : {}),
    ...(hasKind ? { kind: kind.toLowerCase() } : {}),
    imagery: hasKind ? imagery : [head.trim(), ...imagery].filter(Boolean).slice(0, 3),
  };
}

/** Who is speaking about the concept: "you" keeps it as written, "me" turns "your" into "my". */
export type ConceptPerson = 'you' | 'me';

/**
 * The concept with the determiner a line needs: "a rain jacket that…" to introduce it,
 * "this rain jacket that…" when the speaker is holding it.
 */
export function conceptPhrase(c: ConceptIdea, determiner: 'a' | 'this', person: ConceptPerson = 'you'): string {
  const phrase = person === 'me' ? firstPerson(c.phrase) : c.phrase;
  if (determiner === 'this') return `${c.plural ? 'these' : 'this'} ${phrase}`;
  return c.article ? `${c.article} ${phrase}` : phrase;
}

/**
 * The concept as a sentence about the thing in hand: "this rain jacket disappears into my
 * pocket". Undefined when the concept is not "HEAD that DOES SOMETHING".
 */
export function conceptSentence(c: ConceptIdea, person: ConceptPerson = 'you', adverb = ''): string | undefined {
  if (!c.clause) return undefined;
  const predicate = person === 'me' ? firstPerson(c.clause.predicate) : c.clause.predicate;
  return [`this ${c.clause.head}`, adverb, predicate].filter(Boolean).join(' ');
}

function spokenPhrase(text: string): string {
  const tokens = text.replace(/[.!?]+$/, '').split(' ').filter(Boolean);
  const cut = phraseCut(tokens, maxConceptWords);
  const kept = (cut > 0 ? tokens.slice(0, cut) : tokens.slice(0, maxConceptWords)).join(' ').replace(/[,;:\s—–-]+$/, '');
  return lowerFirst(kept);
}

function withoutBrand(text: string, brand: string): string {
  if (!brand.trim()) return text;
  const name = brand.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`\\b(?:for|by|from)\\s+${name}\\b|\\b${name}(?:['’]s)?\\b`, 'gi'), ' ');
}

function firstPerson(text: string): string {
  return text
    .replace(/\byou're\b/gi, "I'm")
    .replace(/\byourself\b/gi, 'myself')
    .replace(/\byours\b/gi, 'mine')
    .replace(/\byour\b/gi, 'my')
    .replace(/\byou\b/gi, 'me');
}
