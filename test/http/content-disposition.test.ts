import { describe, expect, it } from 'vitest';
import { contentDisposition } from '../../src/http/content-disposition.ts';

describe('contentDisposition', () => {
  it('names an ASCII file plainly', () => {
    expect(contentDisposition('projects.zip')).toBe(`attachment; filename="projects.zip"; filename*=UTF-8''projects.zip`);
  });

  it('keeps quotes, slashes and line breaks out of the header, and gives the exact name in the extended form', () => {
    expect(contentDisposition('Pub "été"/../\r\nx.mp4')).toBe(
      `attachment; filename="Pub __t___..___x.mp4"; filename*=UTF-8''Pub%20_%C3%A9t%C3%A9__..___x.mp4`,
    );
  });
});
