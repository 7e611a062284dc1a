import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectTools } from '../../tools/tool-catalog.ts';
import { type McpHttpFixture, startMcpHttp } from './http-mcp-fixture.ts';
import { type NpxRun, runCachedNpx } from './cached-npx.ts';

/**
 * The official MCP Inspector CLI, pinned as ../shared/STACK.md says, driving our server over stdio
 * and over HTTP. It declares node >=22.19 but its CLI runs on Node 20 with engine-strict off. The
 * test runs it from npm's cache only (tests reach no network): CI caches it first (.ci/run).
 */
const inspector = '@modelcontextprotocol/inspector@2.12.0';
const cli = new URL('../../bin/cinematicads.js', import.meta.url).pathname;
const workDir = mkdtempSync(join(tmpdir(), 'cinematicads-inspector-'));
const dataDir = join(workDir, 'data');

const runInspector = (args: string[]) => runCachedNpx(inspector, ['--cli', ...args], { cwd: workDir, env: { CINEMATICADS_API_KEY: '' } });

const json = (run: NpxRun) => {
  if (run.code !== 0) throw new Error(`the inspector exited with ${run.code}:\n${run.stderr}`);
  return JSON.parse(run.stdout);
};

const stdioTarget = ['-e', 'CINEMATICADS_RENDER_SIZE=small', '-e', 'CINEMATICADS_STORE=sqlite', process.execPath, cli, 'mcp', '--data', dataDir];

let cached = false;
let http: McpHttpFixture;
beforeAll(async () => {
  const probe = await runInspector(['--version']);
  cached = probe.code === 0;
  if (!cached && !/ENOTCACHED|cache/i.test(probe.stderr)) throw new Error(`the inspector failed to start:\n${probe.stderr}`);
  http = await startMcpHttp();
});
afterAll(async () => {
  await http.close();
  rmSync(workDir, { recursive: true, force: true });
});

describe(`the MCP Inspector CLI (${inspector})`, () => {
  it('lists the tools and calls get_credits over stdio, and finds no schema portability problem', async (context) => {
    if (!cached) return context.skip(`${inspector} is not in npm's cache: run "npx -y ${inspector} --version" once (.ci/run does)`);
    // --strict reports every error- or warning-level portability problem of the tool schemas on stderr.
    const strict = await runInspector([...stdioTarget, '--method', 'tools/list', '--strict']);
    expect(strict.stderr).not.toMatch(/Warning: tool|Error: tool|\d+ errors?, \d+ warnings?/);
    const listed = json(strict);
    const plain = listed.tools.filter((tool: { execution?: { taskSupport?: string } }) => tool.execution?.taskSupport !== 'required');
    expect(plain.map((tool: { name: string }) => tool.name)).toEqual(selectTools().map((tool) => tool.name));

    const credits = json(await runInspector([...stdioTarget, '--method', 'tools/call', '--tool-name', 'get_credits']));
    expect(credits.structuredContent).toEqual({ balance: 100, plan: 'enterprise', trialEndsAt: null });

  });

  it('lists the tools and calls one with arguments over Streamable HTTP with a Bearer key', async (context) => {
    if (!cached) return context.skip(`${inspector} is not in npm's cache: run "npx -y ${inspector} --version" once (.ci/run does)`);
    const { apiKey } = await http.newAccount(4);
    const target = [http.mcpUrl, '--transport', 'http', '--header', `Authorization: Bearer ${apiKey}`];
    const listed = json(await runInspector([...target, '--method', 'tools/list']));
    expect(listed.tools.map((tool: { name: string }) => tool.name)).toEqual(expect.arrayContaining(['launch_workflow', 'get_credits', 'estimate_cost']));

    const estimate = json(
      await runInspector([...target, '--method', 'tools/call', '--tool-name', 'estimate_cost', '--tool-arg', 'workflows=[{"type":"factory","quality":"premium"}]']),
    );
    expect(estimate.structuredContent).toMatchObject({ cost: 5, balance: 4, affordable: false, shortBy: 1 });

    const refused = await runInspector([http.mcpUrl, '--transport', 'http', '--method', 'tools/list']);
    expect(refused.code).not.toBe(0);
  });
});
