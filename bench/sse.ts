/**
 * SSE fan-out benchmark: `npx tsx bench/sse.ts`. One server process holds 2,000 concurrent
 * GET /api/workflow/stream connections (loopback, a separate client process), then publishes
 * timestamped progress events to all of them. Prints the server's RSS growth (target ≤ 200 MB) and
 * the event delivery latency from publish to receipt (target p99 ≤ 100 ms). Figures are printed,
 * never asserted.
 *
 * The stream route, auth, rate limiting and SSE writing are the real ones over the real service;
 * only the job behind the stream is a bench ticker (2,000 real renders would measure the studio,
 * not the API), wrapped into the service's getWorkflowStream. BENCH_STREAMS (default 2000) and
 * BENCH_EVENTS (default 10) change the load.
 */
import { fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent, get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../src/config.ts';
import type { WorkflowEvent } from '../src/contract/schemas/workflow-events.ts';
import { createHttpApp } from '../src/http/create-http-app.ts';
import { listenHttp } from '../src/http/http-server.ts';
import type { ServiceHost } from '../src/service/service-ports.ts';
import { createService } from '../src/service/service.ts';
import { memoryKeyValueStore } from '../src/store/memory-key-value-store.ts';
import { measure } from './resource-meter.ts';

const streams = Number(process.env.BENCH_STREAMS ?? 2000);
const eventCount = Number(process.env.BENCH_EVENTS ?? 10);
const eventIntervalMs = 500;
const benchJobId = 'wf_benchticker000';
/** The whole run is bounded: a stuck client or server ends it, with what was measured so far. */
const deadlineMs = 180_000;

interface ClientReport {
  connected: number;
  completed: number;
  errors: number;
  latencies: number[];
}

if (process.argv.includes('--clients')) await runClients();
else await runServer();

/** A stream that yields a first event at once, then whatever the ticker publishes, ending after `result` or on abort. */
function createTicker() {
  const subscribers = new Set<(event: WorkflowEvent) => void>();
  return {
    get size() {
      return subscribers.size;
    },
    publish(event: WorkflowEvent) {
      for (const deliver of subscribers) deliver(event);
    },
    async *follow(signal: AbortSignal | undefined): AsyncGenerator<WorkflowEvent> {
      const queue: WorkflowEvent[] = [];
      let wake: (() => void) | undefined;
      const deliver = (event: WorkflowEvent) => (queue.push(event), wake?.());
      const stop = () => wake?.();
      subscribers.add(deliver);
      signal?.addEventListener('abort', stop, { once: true });
      try {
        yield { id: '1', event: 'step', data: { step: 'video_generation', status: 'running', progress: 0 } };
        while (!signal?.aborted) {
          const event = queue.shift();
          if (!event) {
            await new Promise<void>((resolve) => (wake = resolve));
            continue;
          }
          yield event;
          if (event.event === 'result') return;
        }
      } finally {
        subscribers.delete(deliver);
        signal?.removeEventListener('abort', stop);
      }
    },
  };
}

async function runServer(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'cinematicads-bench-sse-'));
  const config: Config = { dataDir, store: 'memory', rateLimits: { stream: { limit: streams * 10, windowSeconds: 3600 } } };
  const ticker = createTicker();
  let app: ReturnType<typeof createHttpApp> | undefined;
  const server = await listenHttp((request, env) => app!.fetch(request, env), { port: 0, hostname: '127.0.0.1' });
  const service = createService({ config, store: memoryKeyValueStore(), publicUrl: server.url });
  const host: ServiceHost = {
    ...service,
    authenticate: (credential) => service.authenticate(credential),
    openMedia: (path, query) => service.openMedia(path, query),
    forAccount(caller) {
      const api = service.forAccount(caller);
      return { ...api, getWorkflowStream: (args, options) => (args.jobId === benchJobId ? ticker.follow(options?.signal) : api.getWorkflowStream(args, options)) };
    },
  };
  app = createHttpApp(host, { config, version: 'bench', publicUrl: server.url });
  await service.start();
  const account = await service.accounts.createAccount({ name: 'Bench', plan: 'agency', credits: 1 });
  const { key } = await service.accounts.createApiKey(account.id, { name: 'bench' });

  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 100);
  const started = performance.now();
  const child = fork(fileURLToPath(import.meta.url), ['--clients'], {
    env: { ...process.env, BENCH_URL: `${server.url}/api/workflow/stream?jobId=${benchJobId}`, BENCH_KEY: key },
  });
  const deadline = setTimeout(() => child.send('finish'), deadlineMs);
  // Measured until the client exits, so its CPU is counted as ours and what remains is other work on the machine.
  const { result: report, otherCpuSec } = await measure(() => new Promise<ClientReport>((resolve, reject) => {
    let received: ClientReport | undefined;
    child.on('message', async (message: { ready?: number } | ClientReport) => {
      if ('ready' in message) {
        process.stdout.write(`${message.ready} of ${streams} streams open in ${((performance.now() - started) / 1000).toFixed(1)} s; ${ticker.size} subscriptions on the server; publishing ${eventCount} events, one every ${eventIntervalMs} ms\n`);
        for (let index = 1; index <= eventCount; index++) {
          await new Promise((wait) => setTimeout(wait, eventIntervalMs));
          ticker.publish({ id: String(index + 1), event: 'progress', data: { progress: (index * 100) / (eventCount + 1), message: String(Date.now()) } });
        }
        // The result comes an interval later, as in a real job: thousands of streams ending at once are not an event's delivery time.
        await new Promise((wait) => setTimeout(wait, eventIntervalMs));
        ticker.publish({ id: String(eventCount + 2), event: 'result', data: { success: true, videoUrl: `${server.url}/media/x`, duration: 15 } });
      } else received = message as ClientReport;
    });
    child.on('exit', (code) => (received ? resolve(received) : reject(new Error(`the client process exited with ${code} before reporting`))));
  }));
  clearTimeout(deadline);
  clearInterval(sampler);

  const sorted = report.latencies.sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  const growthMb = (rssPeak - rssBefore) / (1024 * 1024);
  const p99 = at(0.99);
  process.stdout.write(
    [
      `streams: ${report.connected} connected, ${report.completed} ended after result, ${report.errors} errors`,
      `events delivered: ${sorted.length} of ${streams * eventCount}; latency p50 ${at(0.5)} ms, p99 ${p99} ms, max ${sorted.at(-1)} ms (target p99 ≤ 100 ms: ${p99 <= 100 ? 'met' : 'MISSED'})`,
      `server RSS: ${(rssBefore / 1048576).toFixed(0)} MB before, ${(rssPeak / 1048576).toFixed(0)} MB peak, growth ${growthMb.toFixed(0)} MB (target ≤ 200 MB: ${growthMb <= 200 ? 'met' : 'MISSED'})`,
      `other work on this machine meanwhile: ${otherCpuSec.toFixed(1)} CPU s`,
      '',
    ].join('\n'),
  );
  await server.close(1000);
  await service.close();
  await rm(dataDir, { recursive: true, force: true });
}

/** The client process: opens the streams in waves, notes when each event arrives, reports to the parent. */
async function runClients(): Promise<void> {
  const url = process.env.BENCH_URL!;
  const agent = new Agent({ keepAlive: false, maxSockets: Infinity });
  const report: ClientReport = { connected: 0, completed: 0, errors: 0, latencies: [] };
  let settled = 0;
  const finish = () => {
    process.send!(report);
    process.exit(0);
  };
  process.on('message', (message) => message === 'finish' && finish());
  const ended = () => ++settled === streams && finish();

  const open = () =>
    new Promise<void>((opened) => {
      const request = get(url, { agent, headers: { Authorization: `Bearer ${process.env.BENCH_KEY}`, Accept: 'text/event-stream' } }, (res) => {
        let buffer = '';
        let first = true;
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          const now = Date.now();
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (first && frame.includes('event: step')) {
              first = false;
              report.connected += 1;
              opened();
            }
            // The publish time travels in `message`; read it without a full JSON parse, to keep the client's own cost out of the figure.
            if (frame.includes('event: progress')) report.latencies.push(now - Number(/"message":"(\d+)"/.exec(frame)?.[1]));
            if (frame.includes('event: result')) report.completed += 1;
          }
        });
        res.on('end', ended);
        res.on('error', () => (report.errors += 1));
      });
      request.on('error', () => {
        report.errors += 1;
        opened();
        ended();
      });
    });

  // Waves of 100, so the server's accept backlog is never the limit being measured.
  for (let index = 0; index < streams; index += 100) {
    await Promise.all(Array.from({ length: Math.min(100, streams - index) }, open));
  }
  process.send!({ ready: report.connected });
}
