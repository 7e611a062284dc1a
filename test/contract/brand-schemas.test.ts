import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { brandProfile } from '../../src/contract/schemas/brand.ts';
import { knowledgeFileUpload, maxKnowledgeFileBytes } from '../../src/contract/schemas/knowledge-file.ts';
import { knowledgeSearchQuery, knowledgeUrlRequest } from '../../src/contract/schemas/knowledge.ts';
import { exportVideoQuery } from '../../src/contract/schemas/platform.ts';
import { describeZodError } from '../../src/contract/validation.ts';

const messageOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error(`expected value to be refused`);
  return describeZodError(result.error);
};

const file = (name: string, type: string, bytes = 16) => new File([new Uint8Array(bytes)], name, { type });

describe('knowledge file upload', () => {
  it('accepts the seed types by media type or by extension', () => {
    expect(knowledgeFileUpload.safeParse({ file: file('brand-book.pdf', 'application/pdf') }).success).toBe(true);
    expect(knowledgeFileUpload.safeParse({ file: file('prices.csv', 'application/octet-stream') }).success).toBe(true);
    expect(knowledgeFileUpload.safeParse({ file: file('notes', 'text/plain; charset=utf-8') }).success).toBe(true);
    expect(knowledgeFileUpload.safeParse({ file: file('sheet.XLSX', '') }).success).toBe(true);
  });

  it('refuses other types, files over 10 MB, empty files and a missing field', () => {
    expect(messageOf(knowledgeFileUpload, { file: file('logo.png', 'image/png') })).toBe(
      'file: must be one of PDF, DOCX, XLSX, CSV, TXT (by extension or media type)',
    );
    const tooBig = file('big.pdf', 'application/pdf', maxKnowledgeFileBytes + 1);
    expect(messageOf(knowledgeFileUpload, { file: tooBig })).toBe('file: must be at most 10 MB');
    expect(messageOf(knowledgeFileUpload, { file: file('empty.txt', 'text/plain', 0) })).toBe('file: must not be empty');
    expect(messageOf(knowledgeFileUpload, {})).toBe('file: is required: send the document as the multipart/form-data field "file"');
  });
});

describe('knowledge URL and search', () => {
  it('takes http(s) pages only', () => {
    expect(knowledgeUrlRequest.safeParse({ url: 'https://example.com/about' }).success).toBe(true);
    expect(messageOf(knowledgeUrlRequest, { url: 'file:///etc/passwd' })).toContain('url: must be an absolute http(s) URL');
  });

  it('reads the limit from a query string', () => {
    expect(knowledgeSearchQuery.parse({ q: 'shipping times', limit: '7' })).toEqual({ q: 'shipping times', limit: 7 });
    expect(knowledgeSearchQuery.parse({ q: 'returns' })).toEqual({ q: 'returns', limit: 5 });
    expect(messageOf(knowledgeSearchQuery, { q: 'x', limit: '0' })).toBe('limit: must be at least 1');
    expect(messageOf(knowledgeSearchQuery, {})).toBe('q: is required');
  });
});

describe('brand profile and export', () => {
  it('requires a name and hex colors', () => {
    expect(brandProfile.safeParse({ name: 'Maison Or', colors: { primary: '#c8a24a' } }).success).toBe(true);
    expect(messageOf(brandProfile, { name: '', colors: { accent: 'gold' } })).toBe(
      'name: is required; colors.accent: must be a hex color such as "#1a2b3c"',
    );
  });

  it('takes an absolute web URL as the export source (the service requires HTTPS except for its own media links)', () => {
    expect(exportVideoQuery.safeParse({ source: 'https://cdn.example.com/v.mp4' }).success).toBe(true);
    expect(exportVideoQuery.safeParse({ source: 'http://localhost:3000/media/wf_x/video-9x16.mp4' }).success).toBe(true);
    expect(exportVideoQuery.safeParse({ source: 'file:///etc/passwd' }).success).toBe(false);
    expect(exportVideoQuery.safeParse({ source: '/media/relative.mp4' }).success).toBe(false);
  });
});
