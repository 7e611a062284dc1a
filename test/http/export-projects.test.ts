import { readFile, readlink, readdir, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CinematicAds } from '../../src/contract/interface.ts';
import { jobFolder } from '../../src/service/jobs/job-folders.ts';
import { collectEvents, openLink } from '../service/service-fixture.ts';
import { type ExportTestServer, renderSmallJob, startExportTestServer } from '../service/exports/export-test-server.ts';
import { jsonEntry, readZip } from '../service/exports/zip-entries.ts';

let server: ExportTestServer;
let alice: { apiKey: string; api: CinematicAds };
let bob: { apiKey: string; api: CinematicAds };
const jobs = { jacket: '', kettle: '', review: '', bobs: '' };

beforeAll(async () => {
  server = await startExportTestServer();
  alice = await server.newAccount();
  bob = await server.newAccount();
  jobs.jacket = await renderSmallJob(alice.api, 'A rain jacket that packs into its own pocket', '9:16');
  jobs.kettle = await renderSmallJob(alice.api, 'A ceramic pour-over kettle', '1:1');
  // Paused for review: a storyboard, no deliverables yet.
  jobs.review = (await alice.api.launchWorkflow({ type: 'cinematic', concept: 'Trail running socks', hitl: true })).jobId;
  await collectEvents(alice.api, jobs.review, { untilSuspended: true });
  jobs.bobs = await renderSmallJob(bob.api, 'Bob\'s confidential espresso grinder');
}, 60_000);
afterAll(async () => {
  await server.close();
});

async function exportOf(apiKey: string): Promise<{ res: Response; archive: Buffer }> {
  const res = await server.get('/api/user/projects/export', apiKey);
  return { res, archive: Buffer.from(await res.arrayBuffer()) };
}

/** A step's saved output, as the studio wrote it in the job folder. */
async function stepOutput(jobId: string, step: string): Promise<unknown> {
  return JSON.parse(await readFile(join(jobFolder(server.dataDir, jobId), '.steps', `${step}.json`), 'utf8')).output;
}

describe('GET /api/user/projects/export', () => {
  it('streams a ZIP of the caller\'s projects: metadata, script, storyboard and the rendered files', async () => {
    const { res, archive } = await exportOf(alice.apiKey);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="cinematicads-projects-\d{4}-\d{2}-\d{2}\.zip"/);
    // Streamed as written: no length known up front.
    expect(res.headers.get('content-length')).toBeNull();
    const zip = await readZip(archive);

    expect(zip.names[0]).toBe('README.txt');
    expect(zip.files.get('README.txt')!.toString()).toContain('3 projects');
    const index = jsonEntry(zip, 'index.json');
    const listed = (await alice.api.listProjects()).projects;
    expect(index.projects.map((project: { jobId: string }) => project.jobId)).toEqual(listed.map((project) => project.jobId));
    expect(index.projects.map((project: { jobId: string }) => project.jobId).sort()).toEqual([jobs.jacket, jobs.kettle, jobs.review].sort());

    for (const jobId of [jobs.jacket, jobs.kettle]) {
      const entry = index.projects.find((project: { jobId: string }) => project.jobId === jobId);
      const folder: string = entry.folder;
      expect(folder).toMatch(new RegExp(`^\\d{4}-\\d{2}-\\d{2}_[a-z0-9-]+_${jobId}/$`));
      const job = await alice.api.getWorkflow({ jobId });
      const metadata = jsonEntry(zip, `${folder}project.json`);
      expect(metadata).toMatchObject({
        project: { jobId, status: 'completed', type: 'cinematic', name: expect.any(String) },
        status: 'completed',
        progress: 100,
        credits: { cost: 1, refunded: 0, spent: 1 },
        timestamps: { createdAt: job.createdAt, updatedAt: job.updatedAt, startedAt: expect.any(String), endedAt: expect.any(String) },
        brief: { type: 'cinematic', concept: expect.stringMatching(/jacket|kettle/), formats: job.formats },
        steps: job.steps,
      });
      // The result points at the files beside it, not at expiring links.
      const videoPath: string = metadata.result.videoUrl;
      expect(videoPath).toMatch(/^media\/video-(9x16|1x1)\.mp4$/);
      expect(metadata.files.map((file: { path: string }) => file.path)).toEqual(expect.arrayContaining(['script.json', 'storyboard.json', 'manifest.json', videoPath]));
      for (const file of metadata.files) expect(zip.files.has(`${folder}${file.path}`)).toBe(true);

      expect(jsonEntry(zip, `${folder}script.json`)).toEqual(await stepOutput(jobId, 'script'));
      expect(jsonEntry(zip, `${folder}storyboard.json`)).toEqual(await stepOutput(jobId, 'art_direction'));
      expect(jsonEntry(zip, `${folder}manifest.json`)).toMatchObject({ type: 'cinematic', formats: job.formats });

      // The MP4, poster and captions are the rendered files, byte for byte.
      const rendered = await openLink(server.service, job.result!.success ? job.result!.videoUrl! : '');
      const mp4 = zip.files.get(`${folder}${videoPath}`)!;
      expect(mp4.equals(await readFile(rendered!.file))).toBe(true);
      expect(mp4.subarray(4, 8).toString('latin1')).toBe('ftyp');
      const poster = await openLink(server.service, job.result!.success ? job.result!.posterUrl! : '');
      expect(zip.files.get(`${folder}${metadata.result.posterUrl}`)!.equals(await readFile(poster!.file))).toBe(true);
      expect(zip.files.get(`${folder}${metadata.result.captionsUrl}`)!.toString()).toMatch(/^WEBVTT/);
    }

    // The project paused for review has its storyboard, and no media yet.
    const review = index.projects.find((project: { jobId: string }) => project.jobId === jobs.review);
    expect(jsonEntry(zip, `${review.folder}project.json`)).toMatchObject({ status: 'suspended', hitl: true, credits: { cost: 1 } });
    expect(jsonEntry(zip, `${review.folder}storyboard.json`)).toEqual(await stepOutput(jobs.review, 'art_direction'));
    expect(zip.names.filter((name) => name.startsWith(`${review.folder}media/`))).toEqual([]);
    expect(review.videos).toEqual([]);
  });

  it('holds only the caller\'s projects: another account\'s never appear, by name or by content', async () => {
    const [ofAlice, ofBob] = await Promise.all([exportOf(alice.apiKey), exportOf(bob.apiKey)]);
    const bobsZip = await readZip(ofBob.archive);
    expect(jsonEntry(bobsZip, 'index.json').projects.map((project: { jobId: string }) => project.jobId)).toEqual([jobs.bobs]);
    expect(bobsZip.names.some((name) => name.includes(jobs.bobs))).toBe(true);
    for (const jobId of [jobs.jacket, jobs.kettle, jobs.review]) {
      expect(bobsZip.names.some((name) => name.includes(jobId))).toBe(false);
      expect(ofBob.archive.includes(jobId)).toBe(false);
    }
    expect(ofAlice.archive.includes(jobs.bobs)).toBe(false);
    expect(ofAlice.archive.includes('espresso grinder')).toBe(false);
  });

  it('gives an account without projects a valid archive with its README and an empty index', async () => {
    const newcomer = await server.newAccount();
    const { res, archive } = await exportOf(newcomer.apiKey);
    expect(res.status).toBe(200);
    const zip = await readZip(archive);
    expect(zip.names).toEqual(['README.txt', 'index.json']);
    expect(jsonEntry(zip, 'index.json')).toEqual({ exportedAt: expect.any(String), projects: [] });
  });

  it('answers 401 without a credential', async () => {
    const res = await fetch(`${server.baseUrl}/api/user/projects/export`);
    expect(res.status).toBe(401);
  });
});

describe('a projects export of large files', () => {
  const bigBytes = 256 * 1024 * 1024;
  let bigVideo = '';

  beforeAll(async () => {
    // The rendered MP4 grown to 256 MB (a sparse file: nothing is written to disk).
    const job = await alice.api.getWorkflow({ jobId: jobs.jacket });
    bigVideo = (await openLink(server.service, job.result!.success ? job.result!.videoUrl! : ''))!.file;
    await truncate(bigVideo, bigBytes);
  });

  it('keeps memory flat: the archive streams through, it is never built in memory', async () => {
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    let received = 0;
    try {
      const res = await server.get('/api/user/projects/export', alice.apiKey);
      for await (const chunk of res.body!) received += (chunk as Uint8Array).byteLength;
    } finally {
      clearInterval(sampler);
    }
    expect(received).toBeGreaterThan(bigBytes);
    // Buffered whole, the archive alone would add over 256 MB.
    expect(peak - before).toBeLessThan(96 * 1024 * 1024);
  }, 60_000);

  it('closes the files it was reading when the client leaves mid-download', async () => {
    const leaving = new AbortController();
    const res = await server.get('/api/user/projects/export', alice.apiKey, { signal: leaving.signal });
    const reader = res.body!.getReader();
    let received = 0;
    while (received < 4 * 1024 * 1024) received += (await reader.read()).value!.byteLength;
    await vi.waitFor(async () => expect(await openFiles()).toContain(bigVideo));
    leaving.abort();
    await vi.waitFor(async () => expect(await openFiles()).not.toContain(bigVideo), { timeout: 5_000 });
    // The server carries on.
    expect((await server.get('/api/user/credits', alice.apiKey)).status).toBe(200);
  }, 30_000);
});

/** Paths this process holds open (Linux). */
async function openFiles(): Promise<string[]> {
  const fds = await readdir('/proc/self/fd');
  const targets = await Promise.all(fds.map((fd) => readlink(`/proc/self/fd/${fd}`).catch(() => '')));
  return targets;
}
