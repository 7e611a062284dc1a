import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadMediaSecret, mediaSecretFileName } from '../../../src/service/media/media-secret.ts';
import { createMediaSigner } from '../../../src/service/media/media-signature.ts';
import { openMedia } from '../../../src/service/media/open-media.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'cinematicads-media-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const jobId = 'wf_AbCdEfGhIjKlMnOpQrSt';
const jobDir = join(dataDir, 'jobs', jobId);
mkdirSync(join(jobDir, '.steps'), { recursive: true });
writeFileSync(join(jobDir, 'video-9x16.mp4'), 'not really a video');
writeFileSync(join(jobDir, '.steps', 'script.json'), '{}');
writeFileSync(join(dataDir, 'store.sqlite'), 'secret rows');

const now = new Date('2025-05-01T10:00:00Z');
const later = new Date('2025-05-01T11:00:00Z');
const signer = createMediaSigner(loadMediaSecret(dataDir));
const open = (url: string, at = now) => {
  const parsed = new URL(url);
  return openMedia({ dataDir, signer, now: () => at }, parsed.pathname, parsed.searchParams);
};

describe('signed media URLs', () => {
  it('serve the file until they expire', async () => {
    const url = signer.signMediaUrl('https://ads.example.com/', `/media/${jobId}/video-9x16.mp4`, later);
    expect(url).toMatch(new RegExp(`^https://ads\\.example\\.com/media/${jobId}/video-9x16\\.mp4\\?expires=\\d+&signature=[\\w-]+$`));
    expect(await open(url)).toEqual({ file: join(jobDir, 'video-9x16.mp4'), contentType: 'video/mp4', size: 18 });
    expect(await open(url, later)).toBeNull();
  });

  it('refuse a changed path, a changed expiry, a foreign or truncated signature', async () => {
    const url = new URL(signer.signMediaUrl('http://x', `/media/${jobId}/video-9x16.mp4`, later));
    const otherPath = new URL(url);
    otherPath.pathname = `/media/${jobId}/poster-9x16.jpg`;
    const longer = new URL(url);
    longer.searchParams.set('expires', String(Number(url.searchParams.get('expires')) + 3600));
    const truncated = new URL(url);
    truncated.searchParams.set('signature', url.searchParams.get('signature')!.slice(0, 20));
    const foreign = createMediaSigner(Buffer.from('another key, another server, same path!!'));
    for (const candidate of [otherPath, longer, truncated, new URL(foreign.signMediaUrl('http://x', `/media/${jobId}/video-9x16.mp4`, later))]) {
      expect(await open(candidate.href)).toBeNull();
    }
  });

  it('never reach outside the job folder or into hidden files, even with a valid signature', async () => {
    for (const path of [
      `/media/${jobId}/../../store.sqlite`,
      `/media/${jobId}/.steps/script.json`,
      `/media/${jobId}/%2e%2e/%2e%2e/store.sqlite`,
      `/media/not-a-job/video-9x16.mp4`,
      `/media/${jobId}`,
      `/elsewhere/${jobId}/video-9x16.mp4`,
      `/media/${jobId}/missing.mp4`,
    ]) {
      expect(await open(signer.signMediaUrl('http://x', path, later))).toBeNull();
    }
  });

  it('keep one signing key per data folder, readable by its owner only, unless configured', () => {
    const file = join(dataDir, mediaSecretFileName);
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(loadMediaSecret(dataDir).equals(Buffer.from(readFileSync(file, 'utf8').trim()))).toBe(true);
    expect(loadMediaSecret(dataDir, 'x'.repeat(40)).toString()).toBe('x'.repeat(40));
  });
});
