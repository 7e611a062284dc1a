/**
 * REST overhead benchmark: `npx tsx bench/api.ts`. autocannon (a separate process, so the load
 * generator does not share the server's event loop) at 50 connections against:
 *   - a bare Hono route answering a similar JSON body (the baseline: same framework and server);
 *   - GET /api/user/credits on the real service: Bearer auth against its store, the rate limiter
 *     (limit raised for the run), the balance from the credit journal, the envelope;
 *   - the same route and app over a host that answers auth and balance from memory, which shows
 *     what the HTTP layer costs on its own, apart from the service and its store.
 * All three live in this process and run in alternating rounds; the median round is printed,
 * with the targets (≥ 50% of the bare route's requests/s, p99 ≤ 20 ms), and the time the
 * service itself takes per call, measured in process. Figures are printed, never asserted.
 *
 * BENCH_SECONDS (default 5) and BENCH_ROUNDS (default 3) set the runs; BENCH_STORE=memory uses the
 * memory store instead of the embedded SQLite default.
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
import { listenHttp, type ListeningServer } from '../src/http/http-server.ts';
import type { Caller, ServiceHost } from '../src/service/service-ports.ts';
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
  const report = JSON.parse(stdout) as { requests: { average: number }; latency: { p50: number; p99: number }; non2xx: number; errors: number };
  return { requestsPerSec: report.requests.average, p50: report.latency.p50, p99: report.latency.p99, non2xx: report.non2xx, errors: report.errors };
}

/** The real host, except that the caller, its API and the balance come from memory: the HTTP layer's own cost shows. */
function inMemoryAnswers(host: ServiceHost, caller: Caller): ServiceHost {
  const balance = { balance: 100, plan: caller.account.plan, trialEndsAt: caller.account.trialEndsAt };
  const api = { ...host.forAccount(caller), getCredits: async () => balance };
  return { ...host, authenticate: async () => caller, openMedia: (path, query) => host.openMedia(path, query), forAccount: () => api };
}

/** Average microseconds of `work` over `times` calls in a row, after a warm-up. */
async function microseconds(times: number, work: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 200; i++) await work();
  const started = performance.now();
  for (let i = 0; i < times; i++) await work();
  return ((performance.now() - started) / times) * 1000;
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
const service = createService({ config, publicUrl: api.url });
app = createHttpApp(service, { config, version: 'bench', publicUrl: api.url });
await service.start();
const account = await service.accounts.createAccount({ name: 'Bench', plan: 'agency', credits: 100 });
const { key } = await service.accounts.createApiKey(account.id, { name: 'bench' });
const auth = { Authorization: `Bearer ${key}` };
const caller = (await service.authenticate({ apiKey: key }))!;

const layerApp = createHttpApp(inMemoryAnswers(service, caller), { config, version: 'bench', publicUrl: api.url });
const layer = await listenHttp(layerApp.fetch, { port: 0, hostname: '127.0.0.1' });
const bareApp = new Hono().get('/bare', (c) => c.json({ success: true, data: { balance: 100, plan: 'agency', trialEndsAt: null } }));
const bare = await listenHttp(bareApp.fetch, { port: 0, hostname: '127.0.0.1' });

const routes = [
  { name: 'bare Hono route', url: `${bare.url}/bare`, headers: {} },
  { name: 'GET /api/user/credits', url: `${api.url}/api/user/credits`, headers: auth },
  { name: '  same, service in memory', url: `${layer.url}/api/user/credits`, headers: auth },
];
for (const route of routes) {
  const res = await fetch(route.url, { headers: route.headers });
  if (res.status !== 200) throw new Error(`${route.name} answered ${res.status}: ${await res.text()}`);
}

process.stdout.write(`store: ${config.store}; ${rounds} alternating rounds of ${seconds} s per route at ${connections} connections, after a 2 s warm-up each\n`);
for (const route of routes) await load(route.url, route.headers, 2);
// Alternating rounds, so a burst of other work on this shared machine hits every route alike.
const results: Array<Array<Measured<Figures>>> = routes.map(() => []);
for (let round = 0; round < rounds; round++) {
  for (const [index, route] of routes.entries()) results[index]!.push(await measure(() => load(route.url, route.headers, seconds)));
}
const ratiosOf = (index: number) => results[index]!.map((run, round) => run.result.requestsPerSec / results[0]![round]!.result.requestsPerSec);
const apiRatios = ratiosOf(1);
const median = apiRatios.indexOf([...apiRatios].sort((a, b) => a - b)[Math.floor(rounds / 2)]!);
const serviceMicros = await microseconds(2000, async () => service.forAccount((await service.authenticate({ apiKey: key }))!).getCredits());

const row = (name: string, { result: f, otherCpuSec }: Measured<Figures>, ratio?: number) =>
  `${name.padEnd(26)} ${f.requestsPerSec.toFixed(0).padStart(7)} req/s${ratio === undefined ? '        ' : ` (${(ratio * 100).toFixed(0).padStart(3)}%)`}` +
  `   p50 ${String(f.p50).padStart(3)} ms   p99 ${String(f.p99).padStart(3)} ms   non-2xx ${f.non2xx}   errors ${f.errors}   others' CPU ${otherCpuSec.toFixed(1)} s`;
const apiFigures = results[1]![median]!.result;
const ratio = apiRatios[median]!;
process.stdout.write(
  [
    `credits route / bare per round: ${apiRatios.map((r) => `${(r * 100).toFixed(1)}%`).join(', ')}; median round:`,
    row(routes[0]!.name, results[0]![median]!),
    row(routes[1]!.name, results[1]![median]!, ratio),
    row(routes[2]!.name, results[2]![median]!, ratiosOf(2)[median]),
    `service per request, in process (authenticate + forAccount + getCredits): ${serviceMicros.toFixed(0)} µs`,
    `ratio ${(ratio * 100).toFixed(1)}% of bare (target ≥ 50%: ${ratio >= 0.5 ? 'met' : 'MISSED'}); ` +
      `p99 ${apiFigures.p99} ms (target ≤ 20 ms: ${apiFigures.p99 <= 20 ? 'met' : 'MISSED'})`,
    '',
  ].join('\n'),
);

// Requests still in flight finish before the store closes.
await Promise.all([api, layer, bare].map((server: ListeningServer) => server.close(1000)));
await service.close();
await rm(dataDir, { recursive: true, force: true });
