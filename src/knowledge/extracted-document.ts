import { CinematicAdsError } from '../contract/errors.ts';

/** A document's text as the extractors give it, before chunking. */
export interface ExtractedDocument {
  /** A title found inside (PDF metadata, the page's <title>), when there is one. */
  title?: string;
  /** Text units in reading order: paragraphs, pages, spreadsheet rows with their header context. */
  blocks: string[];
}

/**
 * 24 million characters: any 10 MB text file fits, and so does a 10 MB spreadsheet, whose rows grow
 * when each repeats its sheet name and column headers (a 5 MB catalogue gives ~14 million).
 */
export const maxDocumentChars = 24_000_000;

/**
 * Counts the characters an extractor produces and stops it once a document holds more than one
 * source may keep, so a small file that expands (a spreadsheet, a PDF of repeated pages) cannot
 * fill memory.
 */
export class TextBudget {
  #used = 0;

  constructor(private readonly maxChars: number = maxDocumentChars) {}

  /** Adds a block; throws once the total passes the budget. */
  take(text: string): string {
    this.#used += text.length;
    if (this.#used > this.maxChars) {
      throw new CinematicAdsError(
        'invalid_request',
        `The document holds more than ${(this.maxChars / 1_000_000).toLocaleString('en')} million characters of text, more than one knowledge source keeps: split it into smaller files`,
      );
    }
    return text;
  }
}
