import mammoth from 'mammoth';
import { CinematicAdsError } from '../../contract/errors.ts';
import { type ExtractedDocument, TextBudget } from '../extracted-document.ts';

/** The paragraphs of a Word document (mammoth's raw text: one paragraph per blank-line-separated block). */
export async function extractDocxText(bytes: Uint8Array): Promise<ExtractedDocument> {
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CinematicAdsError('invalid_request', `The Word document could not be read: ${message.slice(0, 200)}`);
  }
  const budget = new TextBudget();
  budget.take(value);
  return { blocks: value.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean) };
}
