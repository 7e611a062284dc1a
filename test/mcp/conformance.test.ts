import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type McpHttpFixture, startMcpHttp } from './http-mcp-fixture.ts';
import { type NpxRun, runCachedNpx } from './cached-npx.ts';

/**
 * The official MCP conformance suite, pinned as ../shared/STACK.md says, run against the /mcp of
 * `serve`. 0.1.12 declares no Node 22 need of its own but a dependency does: it runs on Node 20
 * with engine-strict off. It is run from npm's cache only (tests reach no network); CI caches it
 * first (.ci/run). The suite's client sends no credential, so a loopback proxy in front of /mcp
 * adds the Bearer key a real client sends — it forwards Host and Origin untouched, so the DNS
 * rebinding scenario still reaches our checks.
 */
const suite = '@modelcontextprotocol/conformance@0.1.12';
const baselineFile = new URL('./conformance-baseline.json', import.meta.url);
const baseline = JSON.parse(readFileSync(baselineFile, 'utf8')) as { expectedFailures: Record<string, string> };
const workDir = mkdtempSync(join(tmpdir(), 'cinematicads-conformance-'));

const runSuite = (args: string[]) => runCachedNpx(suite, args, { cwd: workDir });

/** Forwards every request to /mcp's server with the API key added, streaming both ways (SSE included). */
function bearerProxy(): { server: Server; listening: Promise<string>; target: { url?: URL; apiKey?: string } } {
  const target: { url?: URL; apiKey?: string } = {};
  const server = createServer((incoming, outgoing) => {
    const url = target.url;
    if (!url) return void outgoing.writeHead(503).end();
    const upstream = request(
      { host: url.hostname, port: url.port, method: incoming.method, path: incoming.url, headers: { ...incoming.headers, authorization: `Bearer ${target.apiKey}` } },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on('error', () => outgoing.destroy());
    outgoing.on('close', () => upstream.destroy());
    incoming.pipe(upstream);
  });
  const listening = new Promise<string>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
  return { server, listening, target };
}

interface ScenarioOutcome {
  scenario: string;
  failed: boolean;
  errors: string[];
}

/** One folder per scenario, `server-<scenario>-<timestamp>/checks.json`; a scenario fails when any of its checks does. */
function readOutcomes(outDir: string): ScenarioOutcome[] {
  return readdirSync(outDir).map((folder) => {
    const scenario = folder.replace(/^server-/, '').replace(/-\d{4}-\d{2}-\d{2}T[\d-]+Z$/, '');
    const checks = JSON.parse(readFileSync(join(outDir, folder, 'checks.json'), 'utf8')) as Array<{ status: string; errorMessage?: string }>;
    const failures = checks.filter((check) => check.status === 'FAILURE');
    return { scenario, failed: failures.length > 0, errors: failures.map((check) => check.errorMessage ?? 'failed') };
  });
}

let runnable = true;
let skipReason = '';
let http: McpHttpFixture | undefined;
const proxy = bearerProxy();

beforeAll(async () => {
  const probe = await runSuite(['--version']);
  if (probe.code !== 0) {
    runnable = false;
    skipReason = /ENOTCACHED|cache/i.test(probe.stderr)
      ? `${suite} is not in npm's cache: run "npm_config_engine_strict=false npx -y ${suite} --version" once (.ci/run does)`
      : `${suite} does not run here: ${probe.stderr.trim().split('\n').slice(-3).join(' ')}`;
    return;
  }
  const proxyUrl = await proxy.listening;
  // The suite opens a session per scenario: far over the default 100 requests a minute per key, which is not what it tests.
  const generous = { limit: 100_000, windowSeconds: 60 };
  http = await startMcpHttp({
    // The proxy is this server's front door for the suite, as a reverse proxy would be: its origin is allowed as one would be by CINEMATICADS_MCP_ALLOWED_ORIGINS.
    mcp: { allowedOrigins: [proxyUrl] },
    config: { rateLimits: { default: generous, stream: generous, launch: generous } },
  });
  proxy.target.url = new URL(http.mcpUrl);
  proxy.target.apiKey = (await http.newAccount(20)).apiKey;
}, 120_000);

afterAll(async () => {
  await new Promise((resolve) => proxy.server.close(resolve));
  await http?.close();
  rmSync(workDir, { recursive: true, force: true });
});

describe(`the MCP conformance suite (${suite}) against /mcp`, () => {
  it('fails only the scenarios of the baseline, each for its stated reason', async (context) => {
    if (!runnable) return context.skip(skipReason);
    const outDir = join(workDir, 'results');
    mkdirSync(outDir);
    const expectedYaml = join(workDir, 'expected-failures.yml');
    writeFileSync(expectedYaml, `server:\n${Object.keys(baseline.expectedFailures).map((scenario) => `  - ${scenario}\n`).join('')}`);

    const run = await runSuite(['server', '--url', `${await proxy.listening}/mcp`, '--expected-failures', expectedYaml, '-o', outDir]);
    const outcomes = readOutcomes(outDir);
    const passed = outcomes.filter((outcome) => !outcome.failed).map((outcome) => outcome.scenario);
    console.info(`${suite}: ${outcomes.length} scenarios, ${passed.length} passed (${passed.join(', ')}), ${outcomes.length - passed.length} expected failures`);

    const unexpected = outcomes.filter((outcome) => outcome.failed && !(outcome.scenario in baseline.expectedFailures));
    expect(unexpected, 'new failures: fix them, or add them to conformance-baseline.json with a reason').toEqual([]);
    const stale = Object.keys(baseline.expectedFailures).filter((scenario) => passed.includes(scenario));
    expect(stale, 'these pass now: remove them from conformance-baseline.json').toEqual([]);
    const missing = Object.keys(baseline.expectedFailures).filter((scenario) => !outcomes.some((outcome) => outcome.scenario === scenario));
    expect(missing, 'baseline entries the suite no longer runs').toEqual([]);
    expect(outcomes.length).toBeGreaterThan(20);
    // The suite's own verdict against the same baseline agrees.
    expect(run.code, run.stdout.slice(-2000) + run.stderr.slice(-2000)).toBe(0);
  }, 120_000);
});
