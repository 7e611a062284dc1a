export interface ChunkOptions {
  /** A passage closes once it reaches about this many characters. */
  targetChars: number;
  /** No passage is longer: longer sentences are cut at words, longer words at this length. */
  maxChars: number;
}

/**
 * ~800 characters: a few sentences or a dozen spreadsheet rows — enough context for a fact to
 * make sense alone, small enough that a search hit points at it rather than at a whole page.
 */
export const defaultChunkOptions: ChunkOptions = { targetChars: 800, maxChars: 1200 };

/**
 * Packs text blocks (paragraphs, rows) into passages in reading order. Short blocks share a
 * passage (a heading stays with its paragraph, closed with a full stop so sentence splitters
 * see where it ends); a long block is split at sentences, then words,
 * then characters, so no input — a 10 MB line without a space — yields an oversized passage.
 */
export function chunkPassages(blocks: Iterable<string>, options: ChunkOptions = defaultChunkOptions): string[] {
  const passages: string[] = [];
  let current = '';
  const flush = () => {
    if (current) passages.push(current);
    current = '';
  };
  for (const block of blocks) {
    let first = true;
    for (const piece of pieces(squishWhitespace(block), options.maxChars)) {
      if (current && current.length + 2 + piece.length > options.targetChars) flush();
      // A heading or list item has no full stop; without one it would run into the next block's first sentence.
      current = current ? `${first ? closeSentence(current) : current} ${piece}` : piece;
      first = false;
      if (current.length >= options.targetChars) flush();
    }
  }
  flush();
  return passages;
}

/** Runs of whitespace to one space, trimmed; most blocks (spreadsheet rows) need nothing, and are not copied. */
function squishWhitespace(text: string): string {
  return /[\t\n\r\f\v\u00a0]| {2}|^ | $/.test(text) ? text.replace(/[\s\u00a0]+/g, ' ').trim() : text;
}

function closeSentence(text: string): string {
  return /[.!?…:;]["'”’)\]]?$/u.test(text) ? text : `${text}.`;
}

/** A block in pieces no longer than `max`: sentences, or words, or hard cuts. */
function* pieces(text: string, max: number): Generator<string> {
  if (!text) return;
  if (text.length <= max) {
    yield text;
    return;
  }
  for (const sentence of text.split(/(?<=[.!?…])\s+/u)) {
    if (sentence.length <= max) {
      yield sentence;
      continue;
    }
    let line = '';
    for (const word of sentence.split(' ')) {
      if (line && line.length + 1 + word.length > max) {
        yield line;
        line = '';
      }
      if (word.length > max) {
        for (let at = 0; at < word.length; at += max) {
          const cut = word.slice(at, at + max);
          if (cut.length === max) yield cut;
          else line = cut;
        }
        continue;
      }
      line = line ? `${line} ${word}` : word;
    }
    if (line) yield line;
  }
}
