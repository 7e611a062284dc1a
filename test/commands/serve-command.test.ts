import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { JobRecord } from '../../src/service/jobs/job-record.ts';
import { jobStoreKeys } from '../../src/service/jobs/job-store-keys.ts';
import { sqliteKeyValueStore } from '../../src/store/sqlite-key-value-store.ts';

const cli = new URL('../../bin/cinematicads.js', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'cinematicads-serve-'));
const running = new Set<ChildProcess>();
afterAll(() => {
  for (const child of running) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

interface Served {
  child: ChildProcess;
  url: string;
  /** Everything printed so far. */
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts `cinematicads serve --port 0` and resolves once it prints where it listens. */
function startServe(args: string[] = []): Promise<Served> {
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--data', dataDir, ...args], {
    env: { ...process.env, CINEMATICADS_LOCAL_CREDITS: '7', CINEMATICADS_RENDER_SIZE: 'small', CINEMATICADS_STORE: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let text = '';
  child.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => (running.delete(child), resolve(code))));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${text}`)), 30_000);
    const check = () => {
      const url = /listening on (http:\/\/[\d.]+:\d+)/.exec(text)?.[1];
      if (!url) return;
      // The first-start message follows the listening line in the same write burst; give it a tick.
      setTimeout(() => (clearTimeout(timer), resolve({ child, url, output: () => text, exited })), 100);
      child.stdout!.off('data', check);
    };
    child.stdout!.on('data', check);
    void exited.then((code) => reject(new Error(`serve exited with ${code}:\n${text}`)));
  });
}

async function balanceOf(url: string, headers: Record<string, string>): Promise<number> {
  const body = (await (await fetch(`${url}/api/user/credits`, { headers })).json()) as { data: { balance: number } };
  return body.data.balance;
}

describe('cinematicads serve', () => {
  let apiKey: string;

  it('creates the local account on first start, prints its key once with a curl line, and serves it', async () => {
    const served = await startServe();
    const output = served.output();
    apiKey = /\b(cak_live_[A-Za-z0-9_-]+)/.exec(output)?.[1] ?? '';
    expect(apiKey).not.toBe('');
    expect(output).toContain(join(dataDir, 'store.sqlite'));
    expect(output).toContain(`curl -X POST ${served.url.replace('127.0.0.1', 'localhost')}/api/workflow`);
    expect(output.split(apiKey).length - 1).toBe(2); // the key line and the curl line

    const res = await fetch(`${served.url}/api/user/credits`, { headers: { Authorization: `Bearer ${apiKey}` } });
    expect(await res.json()).toEqual({ success: true, data: { balance: 7, plan: 'enterprise', trialEndsAt: null } });

    served.child.kill('SIGTERM');
    expect(await served.exited).toBe(0);
    expect(served.output()).toMatch(/Stopped\.\n$/);
  });

  it('on a later start keeps the account, prints no key, and ends open streams on SIGINT', async () => {
    const served = await startServe();
    expect(served.output()).not.toMatch(/cak_live_/);
    const headers = { Authorization: `Bearer ${apiKey}` };
    const launched = await fetch(`${served.url}/api/workflow`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'cinematic', concept: 'A rain jacket that packs into its own pocket', hitl: true }),
    });
    const { jobId } = (await launched.json()) as { jobId: string };
    const stream = await fetch(`${served.url}/api/workflow/stream?jobId=${jobId}`, { headers });
    expect(stream.status).toBe(200);
    const reader = stream.body!.getReader();
    await reader.read();

    served.child.kill('SIGINT');
    // The stream ends (not cut by a crash) and the process exits cleanly within the grace period.
    for (;;) if ((await reader.read()).done) break;
    expect(await served.exited).toBe(0);
  });

  it('a job whose process is killed (SIGKILL) mid-render ends completed or refunded after the restart', async () => {
    const headers = { Authorization: `Bearer ${apiKey}` };
    const first = await startServe();
    const balanceBefore = await balanceOf(first.url, headers);
    const launched = await fetch(`${first.url}/api/workflow`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'cinematic', concept: 'A kettle that boils in forty seconds' }),
    });
    const { jobId, cost } = (await launched.json()) as { jobId: string; cost: number };
    // Read the stream until the render itself is under way, then kill the process without warning.
    const stream = await fetch(`${first.url}/api/workflow/stream?jobId=${jobId}`, { headers });
    const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
    for (let seen = ''; !/"step":"video_generation"/.test(seen); ) seen += (await reader.read()).value ?? '';
    first.child.kill('SIGKILL');
    await first.exited;
    // What the killed process left behind: a job still marked running, mid-render.
    const left = sqliteKeyValueStore(join(dataDir, 'store.sqlite'));
    expect(await left.get<JobRecord>(jobStoreKeys.job(jobId))).toMatchObject({ status: 'running' });
    await left.close();

    const second = await startServe();
    const result = await (await fetch(`${second.url}/api/workflow/stream?jobId=${jobId}`, { headers })).text();
    const resultFrame = result.split('\n\n').find((frame) => frame.split('\n').includes('event: result')) ?? '';
    const data = JSON.parse(/^data: (.*)$/m.exec(resultFrame)?.[1] ?? 'null') as { success: boolean; refunded?: number } | null;
    expect(data).not.toBeNull();
    const status = data!.success ? 'completed' : 'failed';
    if (!data!.success) expect(data!.refunded).toBe(cost);
    const balanceAfter = await balanceOf(second.url, headers);
    expect(balanceAfter).toBe(status === 'completed' ? balanceBefore - cost : balanceBefore);
    const job = (await (await fetch(`${second.url}/api/workflow/${jobId}`, { headers })).json()) as { data: { status: string } };
    expect(job.data.status).toBe(status);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });

  it('keeps the data folder to itself: a second serving process on it is refused with a sentence', async () => {
    const served = await startServe();
    const child = spawn(process.execPath, [cli, 'mcp', '--data', dataDir], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).not.toBe(0);
    expect(stderr).toContain(`Another CinematicAds process (pid ${served.child.pid}) is serving ${dataDir}`);
    served.child.kill('SIGTERM');
    expect(await served.exited).toBe(0);
  });

  it('refuses a bad port with a sentence and exit code 2', async () => {
    const child = spawn(process.execPath, [cli, 'serve', '--port', 'eighty', '--data', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toMatch(/--port must be a number from 0 to 65535/);
  });
});
