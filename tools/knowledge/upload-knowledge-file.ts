import { z } from 'zod';
import { CinematicAdsError } from '../../src/contract/errors.ts';
import { knowledgeFileTypes, maxKnowledgeFileBytes } from '../../src/contract/schemas/knowledge-file.ts';
import { knowledgeSource } from '../../src/contract/schemas/knowledge.ts';
import { defineTool } from '../tool-definition.ts';
import { describeSource } from './source-summary.ts';

/** Base64 of 10 MB: 4 characters per 3 bytes, checked before anything is decoded. */
const maxBase64Length = Math.ceil(maxKnowledgeFileBytes / 3) * 4;
const extensions = knowledgeFileTypes.map((type) => `.${type.extension}`).join(', ');

export const uploadKnowledgeFileInput = z
  .object({
    filename: z
      .string()
      .trim()
      .min(1, 'is required')
      .max(255, 'must be at most 255 characters')
      .describe(`File name with its extension (${extensions}), e.g. "price-list.pdf"`),
    contentBase64: z
      .string()
      .max(maxBase64Length + 1024, 'must be at most 10 MB once decoded')
      .optional()
      .describe('The file, base64-encoded (at most 10 MB decoded); or use text'),
    text: z.string().optional().describe('The content as plain text, for .txt or .csv files, instead of contentBase64'),
  })
  .superRefine((value, ctx) => {
    if ((value.contentBase64 === undefined) === (value.text === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['contentBase64'], message: 'send exactly one of contentBase64 and text' });
    }
  });

export const uploadKnowledgeFileTool = defineTool({
  name: 'upload_knowledge_file',
  operation: 'upload_knowledge_file',
  toolset: 'knowledge',
  title: 'Upload a knowledge document',
  description:
    `Indexes a document (${extensions.toUpperCase().replaceAll('.', '')}; at most 10 MB) in the brand knowledge base, ` +
    'sent as contentBase64 (or text for TXT/CSV). For a web page use add_knowledge_url. Free; seconds.',
  input: uploadKnowledgeFileInput,
  output: knowledgeSource,
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
  async handler({ filename, contentBase64, text }, { api, signal }) {
    const bytes = contentBase64 !== undefined ? decodeBase64(contentBase64) : new TextEncoder().encode(text);
    if (bytes.byteLength > maxKnowledgeFileBytes) {
      throw new CinematicAdsError('payload_too_large', `file must be at most 10 MB; ${filename} has ${bytes.byteLength} bytes`);
    }
    const file = new File([bytes], filename, { type: contentTypeOf(filename) });
    const source = await api.uploadKnowledgeFile({ file }, { signal });
    return { structured: source, summary: describeSource(source) };
  },
});

/** Strict: Buffer.from would skip stray characters and index a corrupted file without a word. */
function decodeBase64(text: string): Uint8Array {
  const compact = text.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) {
    throw new CinematicAdsError('invalid_request', 'Invalid arguments: contentBase64: must be base64 (A–Z, a–z, 0–9, "+", "/", "=" padding)', {
      details: { fields: ['contentBase64'] },
    });
  }
  return new Uint8Array(Buffer.from(compact, 'base64'));
}

/** The media type by extension; an unknown one is left empty so the API names the accepted types. */
function contentTypeOf(filename: string): string {
  const extension = filename.slice(filename.lastIndexOf('.') + 1).toLowerCase();
  return knowledgeFileTypes.find((type) => type.extension === extension)?.contentType ?? '';
}
