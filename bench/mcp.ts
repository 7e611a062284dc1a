/**
 * MCP overhead benchmark: `npx tsx bench/mcp.ts`. A real `cinematicads mcp` child process over
 * stdio, driven by the SDK client as a desktop assistant would, calls get_credits again and again;
 * the same call on the in-process service (its own data folder, same store kind) is the baseline,
 * measured in the same run, alternating rounds. The difference of the medians is what MCP adds
 * (JSON-RPC framing, two pipes, argument and result validation, the text and structured result):
 * target p50 overhead ≤ 2 ms. Also prints the size of tools/list in tokens (characters / 4; target
 * < 8,000). Figures are printed, never asserted.
 *
 * BENCH_CALLS (default 2000 per round) and BENCH_ROUNDS (default 3) set the runs; BENCH_STORE=memory
 * uses the memory store on both sides instead of the embedded SQLite default.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { loadConfig } from '../src/config.ts';
import { createService } from '../src/service/service.ts';

const calls = Number(process.env.BENCH_CALLS ?? 2000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const store = process.env.BENCH_STORE === 'memory' ? 'memory' : 'sqlite';
const targetOverheadMs = 2;
const cli = new URL('../bin/cinematicads.js', import.meta.url).pathname;

interface Latencies {
  p50: number;
  p95: number;
  p99: number;
}

/** Sequential calls (one in flight, as an assistant makes them), each timed on its own. */
async function time(call: () => Promise<unknown>, count: number): Promise<Latencies> {
  const samples: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const start = performance.now();
    await call();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(3)} ms`;

const mcpDir = await mkdtemp(join(tmpdir(), 'cinematicads-bench-mcp-'));
const directDir = await mkdtemp(join(tmpdir(), 'cinematicads-bench-direct-'));
const transport = new StdioClientTransport({
  command: process.execPath,
  args: [cli, 'mcp', '--data', mcpDir],
  env: { ...(process.env as Record<string, string>), CINEMATICADS_STORE: store, CINEMATICADS_API_KEY: '' },
  stderr: 'ignore',
});
const client = new Client({ name: 'bench', version: '1.0.0' });
await client.connect(transport);
const service = createService({ config: loadConfig({ ...process.env, CINEMATICADS_STORE: store }, { dataDir: directDir }), publicUrl: 'http://localhost:3000', logError: () => {} });
await service.start();
const account = await service.accounts.createAccount({ name: 'Bench', plan: 'enterprise', credits: 100 });
const api = service.forAccount({ account, credentialId: 'bench', via: 'session' });

try {
  const { tools } = await client.listTools();
  const listChars = JSON.stringify(tools).length;
  const viaMcp = () => client.callTool({ name: 'get_credits', arguments: {} });
  const direct = () => api.getCredits();
  // Both paths must answer the real thing, or the timings mean nothing.
  const [answered, expected] = [(await viaMcp()).structuredContent as { balance?: number } | undefined, await direct()];
  if (answered?.balance !== 100 || expected.balance !== 100) throw new Error(`unexpected balances: ${JSON.stringify([answered, expected])}`);
  // Warm both paths (JIT, caches, the child's first compile) before anything counts.
  await time(viaMcp, 300);
  await time(direct, 300);

  const mcpRounds: Latencies[] = [];
  const directRounds: Latencies[] = [];
  for (let round = 0; round < rounds; round += 1) {
    directRounds.push(await time(direct, calls));
    mcpRounds.push(await time(viaMcp, calls));
  }
  const pick = (all: Latencies[], key: keyof Latencies) => median(all.map((latencies) => latencies[key]));
  const overhead = pick(mcpRounds, 'p50') - pick(directRounds, 'p50');

  console.log(`MCP over stdio, get_credits: ${calls} sequential calls × ${rounds} rounds, ${store} store (median round)`);
  console.log(`  via MCP (stdio child) p50 ${ms(pick(mcpRounds, 'p50'))}  p95 ${ms(pick(mcpRounds, 'p95'))}  p99 ${ms(pick(mcpRounds, 'p99'))}`);
  console.log(`  direct (in process)   p50 ${ms(pick(directRounds, 'p50'))}  p95 ${ms(pick(directRounds, 'p95'))}  p99 ${ms(pick(directRounds, 'p99'))}`);
  console.log(`  p50 overhead ${ms(overhead)} — target ≤ ${targetOverheadMs} ms: ${overhead <= targetOverheadMs ? 'met' : 'MISSED'}`);
  console.log(`tools/list: ${tools.length} tools, ${listChars} characters ≈ ${Math.ceil(listChars / 4)} tokens — target < 8000: ${listChars / 4 < 8000 ? 'met' : 'MISSED'}`);
} finally {
  await client.close();
  await service.close();
  await rm(mcpDir, { recursive: true, force: true });
  await rm(directDir, { recursive: true, force: true });
}
