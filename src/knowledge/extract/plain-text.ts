import { type ExtractedDocument, TextBudget } from '../extracted-document.ts';

/** A text file's paragraphs (blank-line separated); a file without blank lines is one long block the chunker splits. */
export function extractPlainText(text: string): ExtractedDocument {
  new TextBudget().take(text);
  return { blocks: text.split(/\r?\n\s*\r?\n/).map((paragraph) => paragraph.trim()).filter(Boolean) };
}
