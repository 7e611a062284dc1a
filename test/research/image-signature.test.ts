import { describe, expect, it } from 'vitest';
import { detectImageFormat } from '../../src/research/image-signature.ts';

const bytes = (...parts: Array<number[] | string>): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((char) => char.charCodeAt(0)) : part)));

describe('detectImageFormat', () => {
  it.each([
    ['png', bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0])],
    ['jpeg', bytes([0xff, 0xd8, 0xff, 0xdb, 0, 0])],
    ['webp', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 ')],
    ['gif', bytes('GIF89a', [1, 0])],
    ['gif', bytes('GIF87a', [1, 0])],
  ])('recognises %s', (format, data) => {
    expect(detectImageFormat(data)).toBe(format);
  });

  it.each([
    ['svg', bytes('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['html', bytes('<!doctype html>')],
    ['RIFF that is not WebP', bytes('RIFF', [0, 0, 0, 0], 'WAVEfmt ')],
    ['truncated PNG', bytes([0x89], 'PN')],
    ['empty', bytes()],
  ])('rejects %s', (_name, data) => {
    expect(detectImageFormat(data)).toBeUndefined();
  });
});
