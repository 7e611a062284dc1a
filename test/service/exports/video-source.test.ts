import { describe, expect, it } from 'vitest';
import { CinematicAdsError } from '../../../src/contract/errors.ts';
import { classifyVideoSource } from '../../../src/service/exports/video-source.ts';

const rules = { publicUrl: 'https://ads.example.org/studio', allowedHosts: ['example.com', 'cdn.partner.net'] };

function refusal(source: string, given = rules): CinematicAdsError {
  try {
    classifyVideoSource(source, given);
  } catch (error) {
    if (CinematicAdsError.is(error)) return error;
    throw error;
  }
  throw new Error(`${source} was accepted`);
}

describe('classifyVideoSource', () => {
  it('recognises this server\'s media links under its public URL, query and all', () => {
    expect(classifyVideoSource('https://ads.example.org/studio/media/wf_abc/video-9x16.mp4?expires=9&signature=s', rules)).toEqual({
      kind: 'own',
      mediaPath: '/media/wf_abc/video-9x16.mp4',
      query: new URLSearchParams('expires=9&signature=s'),
    });
    // Plain http is fine for our own links: a local server lives on http://localhost.
    expect(classifyVideoSource('http://localhost:3000/media/wf_abc/v.mp4', { publicUrl: 'http://localhost:3000', allowedHosts: [] })).toMatchObject({
      kind: 'own',
      mediaPath: '/media/wf_abc/v.mp4',
    });
  });

  it('refuses other paths of this server', () => {
    expect(refusal('https://ads.example.org/media/wf_abc/v.mp4').message).toBe(
      'https://ads.example.org/media/wf_abc/v.mp4 is on this server but is not a media link: export a video\'s URL (https://ads.example.org/studio/media/…)',
    );
    expect(refusal('https://ads.example.org/studio/api/user/credits').status).toBe(400);
  });

  it('accepts HTTPS on an allowed host or one of its subdomains, however the host is spelled', () => {
    for (const source of ['https://example.com/v.mp4', 'https://Video.EXAMPLE.com./v.mp4', 'https://cdn.partner.net:8443/a/b.mp4']) {
      expect(classifyVideoSource(source, rules)).toMatchObject({ kind: 'remote', url: new URL(source) });
    }
  });

  it('refuses other schemes and other hosts with a sentence naming what is allowed', () => {
    expect(refusal('http://example.com/v.mp4').message).toBe('The source must be an HTTPS URL (http://example.com/v.mp4 is not); only this server\'s own media links may use https');
    expect(refusal('ftp://example.com/v.mp4').status).toBe(400);
    const other = refusal('https://evil-example.com/v.mp4?token=secret');
    expect(other.message).toBe('evil-example.com is not an allowed export domain. Allowed: ads.example.org (this server\'s media links), example.com, cdn.partner.net (and their subdomains).');
    expect(other.details).toEqual({ field: 'source', host: 'evil-example.com', allowedHosts: ['ads.example.org', 'example.com', 'cdn.partner.net'] });
    expect(refusal('https://example.com.evil.io/v.mp4').message).toContain('example.com.evil.io is not an allowed export domain');
    expect(refusal('not a url').message).toBe('The source must be an absolute URL such as "https://cdn.example.com/video.mp4"');
  });

  it('never repeats a signed link\'s query in a refusal', () => {
    expect(refusal('http://example.com/v.mp4?signature=secret').message).not.toContain('secret');
    expect(refusal('https://ads.example.org/other?signature=secret').message).not.toContain('secret');
  });
});
