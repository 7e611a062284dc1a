import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeMedia } from '../../src/studio/render/index.ts';
import { createHttpFixture, type HttpFixture, type TestAccount } from './http-fixture.ts';
import { parseSseText } from './sse-reader.ts';

const run = promisify(execFile);

/** The seed's curl command lines, run by curl itself, with only the host and the key swapped in. */
async function curl(args: string[]): Promise<string> {
  const { stdout } = await run('curl', ['--silent', '--show-error', ...args], { maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

let fixture: HttpFixture;
let account: TestAccount;
let downloads: string;

beforeAll(async () => {
  fixture = await createHttpFixture({ listen: true });
  account = await fixture.newAccount({ credits: 10 });
  downloads = await mkdtemp(join(tmpdir(), 'cinematicads-curl-'));
});
afterAll(async () => {
  await fixture.close();
  await rm(downloads, { recursive: true, force: true });
});

describe("the seed's curl examples, unchanged, against this server", () => {
  let jobId: string;
  let videoUrl: string;

  it('launches: POST /api/workflow answers the documented top-level body', async () => {
    const out = await curl([
      '-X', 'POST', `${fixture.baseUrl}/api/workflow`,
      '-H', `Authorization: Bearer ${account.apiKey}`,
      '-H', 'Content-Type: application/json',
      '-d', '{\n"type": "cinematic",\n"concept": "Luxury perfume ad with golden tones",\n"quality": "premium",\n"formats": "9:16,1:1",\n"async": true\n}',
    ]);
    expect(out).toMatch(/^\{"success":true,"jobId":"wf_[A-Za-z0-9_-]+","message":"Workflow queued","cost":2\}$/);
    jobId = JSON.parse(out).jobId;
  });

  it('streams: curl -N shows step events, then the result with a videoUrl and duration', async () => {
    const out = await curl(['-N', `${fixture.baseUrl}/api/workflow/stream?jobId=${jobId}`, '-H', `Authorization: Bearer ${account.apiKey}`, '-H', 'Accept: text/event-stream']);
    const frames = parseSseText(out).filter((frame) => !frame.comment);
    const steps = frames.filter((frame) => frame.event === 'step').map((frame) => JSON.parse(frame.data!));
    expect(steps).toContainEqual({ step: 'art_direction', status: 'completed', progress: expect.any(Number) });
    expect(steps).toContainEqual({ step: 'video_generation', status: 'completed', progress: expect.any(Number) });
    expect(frames.at(-1)?.event).toBe('result');
    const result = JSON.parse(frames.at(-1)!.data!);
    expect(result).toMatchObject({ success: true, videoUrl: expect.stringMatching(new RegExp(`^${fixture.baseUrl}/media/`)), duration: expect.any(Number) });
    videoUrl = result.videoUrl;
  }, 240_000);

  it('downloads: the videoUrl serves an MP4 that ffprobe reads', async () => {
    const file = join(downloads, 'ad.mp4');
    const headers = await curl(['--fail', '-D', '-', '-o', file, videoUrl]);
    expect(headers).toMatch(/^HTTP\/1\.1 200/);
    expect(headers).toMatch(/content-type: video\/mp4/i);
    const probe = await probeMedia(file);
    expect(probe.streams.find((stream) => stream.type === 'video')).toMatchObject({ codec: 'h264' });
    expect(probe.durationSec).toBeGreaterThan(1);
  });

  it('refuses the bare `curl -X POST …/api/workflow` with a 401 in the envelope', async () => {
    const out = await curl(['-i', '-X', 'POST', `${fixture.baseUrl}/api/workflow`]);
    expect(out).toMatch(/^HTTP\/1\.1 401/);
    expect(out).toMatch(/www-authenticate: Bearer/i);
    expect(out).toMatch(/x-ratelimit-remaining: \d+/i);
    expect(out.split('\r\n\r\n')[1]).toMatch(/^\{"success":false,"error":".+","code":"unauthorized"\}$/);
  });
});
