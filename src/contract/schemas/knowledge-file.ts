import { z } from 'zod';

/** The file types the knowledge base reads [seed]: PDF, DOCX, XLSX, CSV, TXT. */
export const knowledgeFileTypes = [
  { extension: 'pdf', contentType: 'application/pdf' },
  { extension: 'docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  { extension: 'xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  { extension: 'csv', contentType: 'text/csv' },
  { extension: 'txt', contentType: 'text/plain' },
] as const;

/** 10 MB [seed]. */
export const maxKnowledgeFileBytes = 10 * 1024 * 1024;

function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf('.');
  return dot < 0 ? '' : filename.slice(dot + 1).toLowerCase();
}

/** Media types that say nothing: what a browser sends for a file whose name has no known extension. */
const genericTypes = new Set(['', 'application/octet-stream']);

/**
 * A first, cheap filter on what the upload claims: the extension or the media type must name one of
 * the five types (browsers label CSV and TXT inconsistently), and a file that claims nothing at all
 * passes. The service then reads the real type from the bytes, whatever the claim said.
 */
export function isKnowledgeFileType(file: { name: string; type: string }): boolean {
  const type = file.type.split(';')[0]!.trim().toLowerCase();
  const extension = extensionOf(file.name);
  if (extension === '' && genericTypes.has(type)) return true;
  return knowledgeFileTypes.some((known) => known.contentType === type || known.extension === extension);
}

const accepted = knowledgeFileTypes.map((known) => known.extension.toUpperCase()).join(', ');

export const knowledgeFileUpload = z
  .object({
    file: z
      .file({ error: 'is required: send the document as the multipart/form-data field "file"' })
      .min(1, 'must not be empty')
      .max(maxKnowledgeFileBytes, 'must be at most 10 MB')
      .refine(isKnowledgeFileType, { message: `must be one of ${accepted} (by extension or media type)` })
      .describe(`The document: ${accepted}; at most 10 MB`),
  })
  .describe('A document for the knowledge base, as multipart/form-data');
