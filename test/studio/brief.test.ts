import { describe, expect, it } from 'vitest';
import { CinematicAdsError } from '../../src/contract/errors.ts';
import { resolveBrief } from '../../src/studio/brief.ts';

function errorOf(input: unknown): CinematicAdsError {
  try {
    resolveBrief(input);
  } catch (error) {
    if (CinematicAdsError.is(error)) return error;
    throw error;
  }
  throw new Error('expected the brief to be rejected');
}

describe('resolveBrief', () => {
  it('accepts a brief that only names a type and a concept, resolving the catalog defaults', () => {
    const brief = resolveBrief({ type: 'cinematic', concept: 'Luxury perfume ad with golden tones' });
    expect(brief).toMatchObject({
      type: 'cinematic',
      quality: 'standard',
      formats: ['9:16'],
      framework: 'aida',
      brand: { name: 'Your Brand' },
      knowledge: [],
    });
  });

  it('parses the comma-separated formats string and drops repeats', () => {
    expect(resolveBrief({ type: 'cinematic', concept: 'x', formats: '9:16, 1:1,9:16' }).formats).toEqual(['9:16', '1:1']);
  });

  it('names the brand after the source page when no brand is given', () => {
    expect(resolveBrief({ type: 'clone', url: 'https://www.maison-lune.com/p/1' }).brand.name).toBe('Maison-lune');
    expect(resolveBrief({ type: 'factory', url: 'https://x.test/', source: { siteName: 'Lune' } }).brand.name).toBe('Lune');
  });

  it.each([
    [{ type: 'clone' }, 'url is required for type "clone"', ['url']],
    [{ type: 'cinematic' }, 'concept is required for type "cinematic"', ['concept']],
    [{ type: 'avatar' }, 'concept or url is required for type "avatar"', ['concept']],
    [{ type: 'cinematic', concept: 'x', formats: '4:3' }, '"4:3" is not a format', ['formats']],
    [{ type: 'cinematic', concept: 'x', quality: 'ultra' }, 'quality: must be one of "standard", "premium"', ['quality']],
    [{ type: 'video', concept: 'x' }, 'type: must be one of "cinematic"', ['type']],
    [{ type: 'factory', url: 'ftp://x.test/a' }, 'url: must be an absolute http(s) URL', ['url']],
    [{ type: 'ad-optimizer', url: 'https://x.test', hitl: true }, 'hitl is not available for type "ad-optimizer"', ['hitl']],
    [{ type: 'cinematic', concept: 'x', brand: { name: 'A', colors: { primary: 'gold' } } }, 'brand.colors.primary: must be a hex color', ['brand.colors.primary']],
  ])('rejects %j naming the field', (input, message, fields) => {
    const error = errorOf(input);
    expect(error.code).toBe('invalid_request');
    expect(error.status).toBe(400);
    expect(error.message).toContain(message);
    expect(error.details?.fields).toEqual(fields);
  });
});
