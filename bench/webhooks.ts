/**
 * Webhook delivery benchmark: `npx tsx bench/webhooks.ts`. The real service (dispatcher, store,
 * SSRF-guarded fetch, Standard Webhooks signing) delivers 1,000 events to a receiver in a separate
 * process that verifies every signature with the standardwebhooks library's `Webhook.verify`
 * before answering 204. Prints deliveries per second for a burst (target ≥ 200/s) and the latency
 * from the event's emission to its verified receipt (p50, p99), on the memory store and on the
 * SQLite file the server uses by default, plus the latency of paced events (no queue). Figures
 * are printed, never asserted. BENCH_DELIVERIES (default 1000) changes the load.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Webhook } from 'standardwebhooks';
import type { Config } from '../src/config.ts';
import { createService } from '../src/service/service.ts';
import { memoryKeyValueStore } from '../src/store/memory-key-value-store.ts';
import { sqliteKeyValueStore } from '../src/store/sqlite-key-value-store.ts';
import type { KeyValueStore } from '../src/store/key-value-store.ts';

const deliveries = Number(process.env.BENCH_DELIVERIES ?? 1000);
const pacedCount = 100;
const pacedIntervalMs = 10;
const target = 200;

type ToReceiver = { secret: string; expect: number } | 'stop';
type FromReceiver = { port: number } | { arrivals: Array<[id: string, at: number]>; invalid: number };

if (process.argv.includes('--receiver')) await runReceiver();
else await runBench();

/** The receiver process: verifies each delivery, answers 204, and reports when it has verified the expected number. */
async function runReceiver(): Promise<void> {
  let verifier: Webhook | undefined;
  let expected = 0;
  let arrivals: Array<[string, number]> = [];
  let invalid = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      try {
        verifier!.verify(body, req.headers as Record<string, string>);
        arrivals.push([String(req.headers['webhook-id']), Date.now()]);
        res.writeHead(204).end();
      } catch {
        invalid += 1;
        res.writeHead(400).end();
      }
      if (arrivals.length === expected) {
        process.send!({ arrivals, invalid } satisfies FromReceiver);
        arrivals = [];
        invalid = 0;
      }
    });
  });
  process.on('message', (message: ToReceiver) => {
    if (message === 'stop') {
      server.close();
      process.exit(0);
    }
    verifier = new Webhook(message.secret);
    expected = message.expect;
  });
  server.listen(0, '127.0.0.1', () => process.send!({ port: (server.address() as { port: number }).port } satisfies FromReceiver));
}

function nextMessage(child: ChildProcess): Promise<FromReceiver> {
  return new Promise((resolve) => child.once('message', (message: FromReceiver) => resolve(message)));
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

async function runBench(): Promise<void> {
  const receiver = fork(fileURLToPath(import.meta.url), ['--receiver']);
  const { port } = (await nextMessage(receiver)) as { port: number };
  const lines: string[] = [];
  let verdictRate = Number.POSITIVE_INFINITY;
  for (const kind of ['memory', 'sqlite'] as const) {
    const dataDir = await mkdtemp(join(tmpdir(), `cinematicads-bench-webhooks-${kind}-`));
    const store: KeyValueStore = kind === 'memory' ? memoryKeyValueStore() : sqliteKeyValueStore(join(dataDir, 'store.sqlite'));
    const config: Config = { dataDir, allowPrivateFor: [`127.0.0.1:${port}`] };
    const service = createService({ config, store, publicUrl: 'http://localhost' });
    await service.start();
    const account = await service.accounts.createAccount({ name: 'Bench', plan: 'agency', credits: 1 });
    const api = service.forAccount({ account, credentialId: 'bench', via: 'api-key' });
    const webhook = await api.createWebhook({ url: `http://127.0.0.1:${port}/hook`, events: ['workflow.step'] });

    const run = async (count: number, intervalMs: number) => {
      receiver.send({ secret: webhook.secret, expect: count } satisfies ToReceiver);
      const report = nextMessage(receiver);
      const emittedAt = new Map<string, number>();
      const started = performance.now();
      for (let index = 0; index < count; index += 1) {
        if (intervalMs > 0) await new Promise((wait) => setTimeout(wait, intervalMs));
        const event = service.accountEvents.emit(
          account.id,
          { type: 'workflow.step', data: { jobId: 'wf_bench', step: 'compose', status: 'completed', progress: index % 101 } },
          new Date(),
        );
        emittedAt.set(event.payload.id, Date.now());
      }
      const { arrivals, invalid } = (await report) as { arrivals: Array<[string, number]>; invalid: number };
      const seconds = (performance.now() - started) / 1000;
      const latencies = arrivals.map(([id, at]) => at - (emittedAt.get(id) ?? Number.NaN)).sort((a, b) => a - b);
      return { seconds, invalid, rate: arrivals.length / seconds, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), unique: new Set(arrivals.map(([id]) => id)).size };
    };

    const burst = await run(deliveries, 0);
    const paced = await run(pacedCount, pacedIntervalMs);
    verdictRate = Math.min(verdictRate, burst.rate);
    lines.push(
      `${kind} store: ${deliveries} deliveries in one burst, ${burst.unique} distinct webhook-ids verified (${burst.invalid} refused) in ${burst.seconds.toFixed(2)} s = ${burst.rate.toFixed(0)} deliveries/s; emit→verified latency p50 ${burst.p50} ms, p99 ${burst.p99} ms (queueing included)`,
      `${kind} store: ${pacedCount} paced events (one per ${pacedIntervalMs} ms): latency p50 ${paced.p50} ms, p99 ${paced.p99} ms`,
    );
    await service.close();
    await rm(dataDir, { recursive: true, force: true });
  }
  receiver.send('stop' satisfies ToReceiver);
  lines.push(`slowest burst ${verdictRate.toFixed(0)} deliveries/s, ratio ${(verdictRate / target).toFixed(1)}× the target (target ≥ ${target}/s: ${verdictRate >= target ? 'met' : 'MISSED'})`, '');
  process.stdout.write(lines.join('\n'));
}
