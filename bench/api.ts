/**
 * REST overhead benchmark: `npx tsx bench/api.ts`. autocannon (a separate process, so the load
 * generator does not share the server's event loop) against GET /api/user/credits — Bearer auth
 * on the real service and its store, the rate limiter (limit raised for the run), the envelope —
 * and against a bare Hono route answering a similar JSON body, on the same process in the same
 * run. Prints requests/s, p50 and p99 latency and the ratio, against the targets (≥ 50% of the
 * bare route's requests/s, p99 ≤ 20 ms at 50 connections). Figures are printed, never asserted.
 *
 * BENCH_SECONDS (default 5) and BENCH_ROUNDS (default 3) set the length and number of alternating runs; BENCH_STORE=memory uses the memory store
 * instead of the embedded SQLite default.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Hono } from 'hono';
import type { Config } from '../src/config.ts';
import type { AppEnv } from '../src/http/app-env.ts';
import { createHttpApp } from '../src/http/create-http-app.ts';
import { listenHttp } from '../src/http/http-server.ts';
import { createService } from '../src/service/service.ts';
import { type Measured, measure } from './resource-meter.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const connections = 50;
const autocannonBin = createRequire(import.meta.url).resolve('autocannon/autocannon.js');

interface Figures {
  requestsPerSec: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

/** One autocannon run, in its own process, read from its JSON report. */
async function load(url: string, headers: Record<string, string>, duration: number): Promise<Figures> {
  const headerArgs = Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}=${value}`]);
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [autocannonBin, '-c', String(connections), '-d', String(duration), '-j', ...headerArgs, url],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(stdout) as {
    requests: { average: number };
    latency: { p50: number; p99: number };
    non2xx: number;
    errors: number;
  };
  return { requestsPerSec: report.requests.average, p50: report.latency.p50, p99: report.latency.p99, non2xx: report.non2xx, errors: report.errors };
}

const dataDir = await mkdtemp(join(tmpdir(), 'cinematicads-bench-api-'));
const config: Config = {
  dataDir,
  store: process.env.BENCH_STORE === 'memory' ? 'memory' : 'sqlite',
  rateLimits: { default: { limit: 1_000_000_000, windowSeconds: 60 } },
};
// Listening first gives the service its real address for media links, as `serve` does.
let app: Hono<AppEnv> | undefined;
const api = await listenHttp((request, env) => app!.fetch(request, env), { port: 0, hostname: '127.0.0.1' });
const apiUrl = api.url;
const service = createService({ config, publicUrl: apiUrl });
app = createHttpApp(service, { config, version: 'bench', publicUrl: apiUrl });
await service.start();
const account = await service.accounts.createAccount({ name: 'Bench', plan: 'agency', credits: 100 });
const { key } = await service.accounts.createApiKey(account.id, { name: 'bench' });

// The baseline: the same framework and server, a route with no auth, no limiter, no service.
const bareApp = new Hono().get('/bare', (c) => c.json({ success: true, data: { balance: 100, plan: 'agency', trialEndsAt: null } }));
const bare = await listenHttp(bareApp.fetch, { port: 0, hostname: '127.0.0.1' });

const auth = { Authorization: `Bearer ${key}` };
const check = await fetch(`${apiUrl}/api/user/credits`, { headers: auth });
if (check.status !== 200) throw new Error(`GET /api/user/credits answered ${check.status}: ${await check.text()}`);

process.stdout.write(`store: ${config.store}; ${rounds} alternating rounds of ${seconds} s per route at ${connections} connections, after a 2 s warm-up each\n`);
await load(`${bare.url}/bare`, {}, 2);
await load(`${apiUrl}/api/user/credits`, auth, 2);

// Alternating rounds, so a burst of other work on this shared machine hits both routes alike; the median round is kept.
const bareRounds: Measured<Figures>[] = [];
const apiRounds: Measured<Figures>[] = [];
for (let round = 0; round < rounds; round++) {
  bareRounds.push(await measure(() => load(`${bare.url}/bare`, {}, seconds)));
  apiRounds.push(await measure(() => load(`${apiUrl}/api/user/credits`, auth, seconds)));
}
const ratios = apiRounds.map((round, index) => round.result.requestsPerSec / bareRounds[index]!.result.requestsPerSec);
const middle = ratios.indexOf([...ratios].sort((a, b) => a - b)[Math.floor(rounds / 2)]!);
const [bareFigures, apiFigures, ratio] = [bareRounds[middle]!, apiRounds[middle]!, ratios[middle]!];

const row = (name: string, { result: f, otherCpuSec }: Measured<Figures>) =>
  `${name.padEnd(24)} ${f.requestsPerSec.toFixed(0).padStart(7)} req/s   p50 ${String(f.p50).padStart(3)} ms   p99 ${String(f.p99).padStart(3)} ms   ` +
  `non-2xx ${f.non2xx}   errors ${f.errors}   others' CPU ${otherCpuSec.toFixed(1)} s`;
process.stdout.write(
  [
    `ratios per round: ${ratios.map((r) => `${(r * 100).toFixed(1)}%`).join(', ')}; median round:`,
    row('bare Hono route', bareFigures),
    row('GET /api/user/credits', apiFigures),
    `ratio ${(ratio * 100).toFixed(1)}% of bare (target ≥ 50%: ${ratio >= 0.5 ? 'met' : 'MISSED'}); ` +
      `p99 ${apiFigures.result.p99} ms (target ≤ 20 ms: ${apiFigures.result.p99 <= 20 ? 'met' : 'MISSED'})`,
    '',
  ].join('\n'),
);

await Promise.all([api.close(0), bare.close(0)]);
await service.close();
await rm(dataDir, { recursive: true, force: true });
