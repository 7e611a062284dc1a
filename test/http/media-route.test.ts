import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpFixture, type HttpFixture, jsonOf } from './http-fixture.ts';

let fixture: HttpFixture;
let videoUrl: string;
let full: Uint8Array;

beforeAll(async () => {
  fixture = await createHttpFixture({ listen: true });
  const { apiKey } = await fixture.newAccount({ credits: 5 });
  const res = await fetch(`${fixture.baseUrl}/api/workflow`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ type: 'cinematic', concept: 'A rain jacket that packs into its own pocket', formats: '1:1', async: false }),
  });
  const answer = await jsonOf(res);
  expect(answer).toMatchObject({ success: true, status: 'completed' });
  videoUrl = answer.result.videoUrl;
  full = new Uint8Array(await (await fetch(videoUrl)).arrayBuffer());
}, 120_000);
afterAll(() => fixture.close());

describe('GET /media/*', () => {
  it('serves the whole file with its type, length, ranges advertised and private caching', async () => {
    const res = await fetch(videoUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('video/mp4');
    expect(Number(res.headers.get('content-length'))).toBe(full.length);
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    expect(res.headers.get('cache-control')).toBe('private');
    expect(res.headers.get('x-ratelimit-limit')).toBe('100');
    expect(full.length).toBeGreaterThan(1000);
    expect(Buffer.from(full.subarray(4, 8)).toString('latin1')).toBe('ftyp');
    await res.arrayBuffer();
  });

  it('answers a Range request with 206 and exactly those bytes', async () => {
    const first = await fetch(videoUrl, { headers: { Range: 'bytes=0-99' } });
    expect(first.status).toBe(206);
    expect(first.headers.get('content-range')).toBe(`bytes 0-99/${full.length}`);
    expect(first.headers.get('content-length')).toBe('100');
    expect(new Uint8Array(await first.arrayBuffer())).toEqual(full.subarray(0, 100));

    const tail = await fetch(videoUrl, { headers: { Range: 'bytes=-10' } });
    expect(tail.status).toBe(206);
    expect(new Uint8Array(await tail.arrayBuffer())).toEqual(full.subarray(full.length - 10));

    const middle = await fetch(videoUrl, { headers: { Range: `bytes=500-` } });
    expect(middle.headers.get('content-range')).toBe(`bytes 500-${full.length - 1}/${full.length}`);
    expect(new Uint8Array(await middle.arrayBuffer())).toEqual(full.subarray(500));
  });

  it('answers 416 for a range past the end', async () => {
    const res = await fetch(videoUrl, { headers: { Range: `bytes=${full.length}-` } });
    expect(res.status).toBe(416);
    expect(res.headers.get('content-range')).toBe(`bytes */${full.length}`);
    expect((await jsonOf(res)).success).toBe(false);
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await fetch(videoUrl, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(Number(res.headers.get('content-length'))).toBe(full.length);
    expect((await res.arrayBuffer()).byteLength).toBe(0);
  });

  it('answers 404 in the envelope for a tampered, expired or unsigned link', async () => {
    const url = new URL(videoUrl);
    const tampered = new URL(url);
    tampered.searchParams.set('signature', `${url.searchParams.get('signature')!.slice(0, -2)}AA`);
    const expired = new URL(url);
    expired.searchParams.set('expires', '1000');
    const otherFile = new URL(url);
    otherFile.pathname = url.pathname.replace(/[^/]+$/, 'storyboard.json');
    for (const link of [tampered, expired, otherFile, new URL(url.pathname, url)]) {
      const res = await fetch(link);
      expect(res.status, link.href).toBe(404);
      expect(await jsonOf(res)).toEqual({ success: false, error: 'No such media file, or its link has expired', code: 'not_found' });
    }
  });
});
