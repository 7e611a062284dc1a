/**
 * Where an English phrase may end. A shortened line must stop on a word that completes a
 * phrase: never on an article, preposition, conjunction, auxiliary, possessive or other word
 * that only announces what follows ("Clothes that lose their shape after").
 */
const closedClassWords = `
  a an the this that these those every each either neither some any no another such what which whose who whom
  my your his her its our their mine
  about above across after against along amid among around as at before behind below beneath beside besides between
  beyond by despite down during except for from in inside into like near of off on onto out outside over past per
  since than through throughout till to toward towards under underneath unlike until up upon via with within without
  and or but nor so yet because although though while if when whenever where wherever unless whether
  am is are was were be been being have has had having do does did will would shall should can could may might must
  not very just really quite rather even
  i he she we they it's i'm you're we're they're there's
  — – -
`;

const danglers: ReadonlySet<string> = new Set(closedClassWords.split(/\s+/).filter(Boolean));

/** Words that open a new constituent: a cut just before one leaves the previous phrase whole. */
const phraseOpeners: ReadonlySet<string> = new Set(
  `that which who whom whose where when while because although though if unless whether and or but nor so yet
  about above across after against along among around as at before behind below beneath beside between beyond by
  despite during except for from in inside into like near of off on onto over past per since than through till to
  toward towards under until upon via with within without`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words that still need their complement even though they are content words: a participle or
 * linking verb before a cut leaves the thought open ("A fit that feels made", "designed").
 */
const openEndedWords: ReadonlySet<string> = new Set(
  `made built designed meant crafted created engineered tailored born feels feel looks look seems seem sounds sound
  becomes become stays stay keeps keep gets get goes go turns turn tired sick full free ready able used want wants
  need needs never always`
    .split(/\s+/)
    .filter(Boolean),
);

/** Lower-cased word without surrounding punctuation, for the lookups above. */
export function bareWord(token: string): string {
  return token.toLowerCase().replace(/^[^\p{L}\p{N}—–-]+|[^\p{L}\p{N}'’—–-]+$/gu, '').replace(/’/g, "'");
}

/** True when a phrase may not end on this word. */
export function isDangling(token: string): boolean {
  return danglers.has(bareWord(token));
}

/** True when a cut right after this word leaves a complete phrase. */
export function endsPhrase(token: string): boolean {
  const word = bareWord(token);
  return word.length > 0 && !danglers.has(word) && !openEndedWords.has(word);
}

/** True when this word starts a new phrase (a preposition, conjunction or relative pronoun). */
export function opensPhrase(token: string): boolean {
  return phraseOpeners.has(bareWord(token));
}

/**
 * How many leading tokens to keep so the kept part is a whole phrase of at most `maxWords`,
 * best first: a clause that ends on punctuation near the limit; the longest prefix that stops
 * just before a new phrase; the longest prefix that at least ends on a completing word.
 * Zero when no prefix ends a phrase.
 */
export function phraseCut(tokens: readonly string[], maxWords: number): number {
  const limit = Math.min(tokens.length, Math.max(1, maxWords));
  if (tokens.length <= limit) return tokens.length;
  const ends = (n: number) => endsPhrase(tokens[n - 1] ?? '');
  const clauseEnd = (n: number) => /[,;:.!?]$/.test(tokens[n - 1] ?? '') || /^[—–-]$/.test(tokens[n] ?? '');
  for (let n = limit; n >= Math.ceil(limit * 0.6); n--) if (ends(n) && clauseEnd(n)) return n;
  for (let n = limit; n >= 1; n--) if (ends(n) && opensPhrase(tokens[n] ?? '')) return n;
  for (let n = limit; n >= 1; n--) if (ends(n)) return n;
  return 0;
}
