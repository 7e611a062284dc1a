import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CinematicAdsError } from '../../src/contract/errors.ts';
import { launchRequest, parseFormats } from '../../src/contract/schemas/launch.ts';
import { parseOrThrow } from '../../src/contract/validation.ts';
import { costOf, workflowCatalog, workflowTypes, type WorkflowType } from '../../src/contract/workflow-catalog.ts';

function launchError(body: unknown): CinematicAdsError {
  try {
    parseOrThrow(launchRequest, body);
  } catch (error) {
    if (error instanceof CinematicAdsError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(body)} to be refused`);
}

describe('launch request validation', () => {
  it('names the missing field and the type that needs it', () => {
    expect(launchError({ type: 'clone' }).message).toBe('Invalid request: url is required for type "clone"');
    expect(launchError({ type: 'factory', concept: 'x' }).message).toContain('url is required for type "factory"');
    expect(launchError({ type: 'cinematic' }).message).toContain('concept is required for type "cinematic"');
    expect(launchError({ type: 'brand', url: 'https://example.com' }).message).toContain('concept is required for type "brand"');
    expect(launchError({ type: 'avatar' }).message).toContain('concept or url is required for type "avatar"');
  });

  it('answers 400 invalid_request, naming the fields', () => {
    const error = launchError({ type: 'clone' });
    expect(error).toMatchObject({ code: 'invalid_request', status: 400, retryable: false, details: { fields: ['url'] } });
  });

  it('refuses formats outside 9:16, 1:1 and 16:9, saying which ones are valid', () => {
    expect(launchError({ type: 'cinematic', concept: 'x', formats: '4:3' }).message).toBe(
      'Invalid request: formats: "4:3" is not a format; use "9:16", "1:1", "16:9"',
    );
    expect(launchError({ type: 'cinematic', concept: 'x', formats: ' , ' }).message).toContain('formats: must list at least one of');
  });

  it('reads the comma-separated formats leniently and without duplicates', () => {
    expect(launchRequest.safeParse({ type: 'cinematic', concept: 'x', formats: '9:16, 1:1,9:16' }).success).toBe(true);
    expect(parseFormats('9:16, 1:1,9:16')).toEqual(['9:16', '1:1']);
  });

  it('lists the valid types when the type is unknown or missing', () => {
    const expected = `type: must be one of ${workflowTypes.map((type) => `"${type}"`).join(', ')}`;
    expect(launchError({ type: 'video', concept: 'x' }).message).toBe(`Invalid request: ${expected}`);
    expect(launchError({ concept: 'x' }).message).toBe(`Invalid request: ${expected}`);
  });

  it('refuses bad values with a sentence per field', () => {
    expect(launchError({ type: 'clone', url: 'ftp://example.com/ad' }).message).toContain('url: must be an absolute http(s) URL');
    expect(launchError({ type: 'cinematic', concept: 'x', quality: 'ultra' }).message).toContain('quality: must be one of "standard", "premium"');
    expect(launchError({ type: 'cinematic', concept: 'x', framework: 'bogus' }).message).toContain('framework: must be one of "pas"');
    expect(launchError({ type: 'ad-optimizer', url: 'https://example.com', hitl: true }).message).toContain(
      'hitl is not available for type "ad-optimizer"',
    );
  });

  it('defaults to standard quality and async, as the seed says', () => {
    expect(launchRequest.parse({ type: 'cinematic', concept: 'x' })).toMatchObject({ quality: 'standard', async: true });
  });
});

/** The seed's price table, by request value: [standard, premium]. */
const seedPrices: Record<WorkflowType, [number, number]> = {
  cinematic: [1, 2],
  avatar: [2, 3],
  factory: [3, 5],
  clone: [3, 5],
  influencer: [8, 15],
  brand: [15, 25],
  staticad: [1, 1],
  painpoint: [1, 1],
  'ad-optimizer': [1, 2],
  'local-audit': [2, 3],
};

describe('workflow prices', () => {
  it.each(workflowTypes.map((type) => [type, ...seedPrices[type]] as const))('%s costs %i standard and %i premium', (type, standard, premium) => {
    expect(costOf(type)).toBe(standard);
    expect(costOf(type, 'standard')).toBe(standard);
    expect(costOf(type, 'premium')).toBe(premium);
  });

  const seedFile = new URL('../../../shared/seed/000_4b0dbd9982c680f0.txt', import.meta.url);
  it.skipIf(!existsSync(seedFile))('match the table of the hosted docs row by row, by product name', () => {
    const rows = [...readFileSync(seedFile, 'utf8').matchAll(/^\| ([A-Za-z -]+?)(?: \([a-z-]+\))? \| (\d+) \| (\d+) \|$/gm)];
    const seedTable = Object.fromEntries(rows.map((row) => [row[1], [Number(row[2]), Number(row[3])]]));
    const ours = Object.fromEntries(workflowTypes.map((type) => [workflowCatalog[type].name, [costOf(type, 'standard'), costOf(type, 'premium')]]));
    expect(rows).toHaveLength(10);
    expect(ours).toEqual(seedTable);
  });
});
