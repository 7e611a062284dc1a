import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { uploadKnowledgeFile } from '../../src/contract/operations/knowledge.ts';
import { maxKnowledgeFileBytes } from '../../src/contract/schemas/knowledge-file.ts';
import { uploadLimitOf } from '../../src/http/upload-limit.ts';

describe('uploadLimitOf', () => {
  it('derives the knowledge upload limit from its schema: 10 MB plus multipart framing', () => {
    const limit = uploadLimitOf(uploadKnowledgeFile.input.body);
    expect(limit).toBeGreaterThan(maxKnowledgeFileBytes);
    expect(limit).toBeLessThanOrEqual(maxKnowledgeFileBytes + 128 * 1024);
  });

  it('adds up several files and gives up on a file without a limit', () => {
    const two = z.object({ a: z.file().max(100), b: z.file().max(200), note: z.string() });
    expect(uploadLimitOf(two)).toBe(300 + 64 * 1024);
    expect(uploadLimitOf(z.object({ a: z.file() }))).toBeNull();
  });
});
