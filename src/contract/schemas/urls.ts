import { z } from 'zod';

const maxUrlLength = 2048;

function hasProtocol(value: string, protocols: readonly string[]): boolean {
  return URL.canParse(value) && protocols.includes(new URL(value).protocol);
}

/** An absolute http(s) URL: pages to read (launch sources, knowledge pages). */
export const httpUrl = z
  .string()
  .trim()
  .max(maxUrlLength, `must be at most ${maxUrlLength} characters`)
  .refine((value) => hasProtocol(value, ['http:', 'https:']), 'must be an absolute http(s) URL such as "https://example.com/product"');

/** An absolute https URL: where we send data or download media, never in clear text. */
export const httpsUrl = z
  .string()
  .trim()
  .max(maxUrlLength, `must be at most ${maxUrlLength} characters`)
  .refine((value) => hasProtocol(value, ['https:']), 'must be an absolute https URL such as "https://example.com/video.mp4"');
