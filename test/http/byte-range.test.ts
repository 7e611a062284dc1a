import { describe, expect, it } from 'vitest';
import { parseByteRange } from '../../src/http/byte-range.ts';

describe('parseByteRange', () => {
  it('reads the three single-range forms', () => {
    expect(parseByteRange('bytes=0-99', 1000)).toEqual({ start: 0, end: 99 });
    expect(parseByteRange('bytes=900-', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseByteRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 });
  });

  it('clamps an end past the file and a suffix longer than it', () => {
    expect(parseByteRange('bytes=10-5000', 1000)).toEqual({ start: 10, end: 999 });
    expect(parseByteRange('bytes=-5000', 1000)).toEqual({ start: 0, end: 999 });
  });

  it('answers the whole file for what it cannot use as one range', () => {
    for (const header of [undefined, '', 'bytes=0-1,5-9', 'items=0-5', 'bytes=-', 'bytes=9-3', 'nonsense']) {
      expect(parseByteRange(header, 1000)).toBe('full');
    }
  });

  it('refuses a range starting past the end', () => {
    expect(parseByteRange('bytes=1000-', 1000)).toBe('unsatisfiable');
    expect(parseByteRange('bytes=-0', 1000)).toBe('unsatisfiable');
    expect(parseByteRange('bytes=0-', 0)).toBe('unsatisfiable');
  });
});
