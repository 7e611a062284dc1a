import { getDocumentProxy } from 'unpdf';
import { CinematicAdsError } from '../../contract/errors.ts';
import { type ExtractedDocument, TextBudget } from '../extracted-document.ts';

/**
 * The text of a PDF, page by page (pdf.js through unpdf), so an abort stops between pages and a
 * large file never holds every page's text objects at once. Password-protected and damaged files
 * fail with a sentence saying which.
 */
export async function extractPdfText(bytes: Uint8Array, signal?: AbortSignal): Promise<ExtractedDocument> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // A copy: pdf.js may take ownership of the buffer it is given. verbosity 0: no console warnings.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false });
  } catch (error) {
    throw pdfError(error);
  }
  try {
    const budget = new TextBudget();
    const blocks: string[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      signal?.throwIfAborted();
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str + (item.hasEOL ? '\n' : '');
      }
      page.cleanup();
      // Blank lines separate paragraphs; single line breaks are only where the page wrapped.
      for (const paragraph of text.split(/\n\s*\n/)) if (paragraph.trim()) blocks.push(budget.take(paragraph));
    }
    const title = await pdfTitle(pdf);
    return { ...(title ? { title } : {}), blocks };
  } catch (error) {
    throw CinematicAdsError.is(error) || signal?.aborted ? error : pdfError(error);
  } finally {
    await pdf.destroy().catch(() => {});
  }
}

async function pdfTitle(pdf: Awaited<ReturnType<typeof getDocumentProxy>>): Promise<string | undefined> {
  const metadata = await pdf.getMetadata().catch(() => undefined);
  const title = (metadata?.info as { Title?: unknown } | undefined)?.Title;
  return typeof title === 'string' && title.trim() ? title.trim().slice(0, 300) : undefined;
}

function pdfError(error: unknown): CinematicAdsError {
  const name = (error as { name?: string } | undefined)?.name;
  if (name === 'PasswordException') {
    return new CinematicAdsError('invalid_request', 'The PDF is password-protected: remove the password (print or export an unprotected copy) and upload that');
  }
  if (name === 'InvalidPDFException') return new CinematicAdsError('invalid_request', 'The PDF is damaged or not a PDF: its structure could not be read');
  const message = error instanceof Error ? error.message : String(error);
  return new CinematicAdsError('invalid_request', `The PDF could not be read: ${message.slice(0, 200)}`);
}
