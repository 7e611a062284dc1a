import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, describe, expect, it } from 'vitest';
import { selectTools } from '../../tools/tool-catalog.ts';

const cli = new URL('../../bin/cinematicads.js', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'cinematicads-stdio-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const env = (extra: Record<string, string> = {}): Record<string, string> => ({
  ...(process.env as Record<string, string>),
  CINEMATICADS_LOCAL_CREDITS: '7',
  CINEMATICADS_RENDER_SIZE: 'small',
  CINEMATICADS_STORE: '',
  CINEMATICADS_API_KEY: '',
  ...extra,
});

/** `cinematicads mcp` as a desktop assistant starts it: a child process spoken to over its stdin and stdout. */
async function startStdio(args: string[] = [], extraEnv: Record<string, string> = {}) {
  const transport = new StdioClientTransport({ command: process.execPath, args: [cli, 'mcp', '--data', dataDir, ...args], env: env(extraEnv), stderr: 'pipe' });
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const client = new Client({ name: 'stdio-test', version: '1.0.0' });
  await client.connect(transport);
  return { client, stderr: () => stderr, close: () => client.close() };
}

let localKey = '';

describe('cinematicads mcp (stdio)', () => {
  it('opens the local account of a new data folder, lists every tool and calls get_credits', async () => {
    const stdio = await startStdio();
    try {
      const { tools } = await stdio.client.listTools();
      expect(tools.filter((tool) => tool.execution?.taskSupport !== 'required').map((tool) => tool.name)).toEqual(selectTools().map((tool) => tool.name));
      const credits = await stdio.client.callTool({ name: 'get_credits', arguments: {} });
      expect(credits.structuredContent).toEqual({ balance: 7, plan: 'enterprise', trialEndsAt: null });
      // Logs go to stderr: the key of the new account, shown once, and where the server runs.
      localKey = /API key, shown this once: (\S+)/.exec(stdio.stderr())?.[1] ?? '';
      expect(localKey).toMatch(/^cak_/);
      expect(stdio.stderr()).toContain(`on stdio as account`);
    } finally {
      await stdio.close();
    }
  });

  it('comes back to the same local account, and acts as the account of CINEMATICADS_API_KEY when given', async () => {
    const again = await startStdio();
    try {
      expect(again.stderr()).not.toContain('First start');
      const brand = await again.client.callTool({ name: 'save_brand', arguments: { name: 'Local brand' } });
      expect(brand.isError).toBeFalsy();
    } finally {
      await again.close();
    }
    const byKey = await startStdio([], { CINEMATICADS_API_KEY: localKey });
    try {
      expect((await byKey.client.callTool({ name: 'get_brand', arguments: {} })).structuredContent).toMatchObject({ brand: { name: 'Local brand' } });
    } finally {
      await byKey.close();
    }
  });

  it('writes nothing but JSON-RPC on stdout, and exposes only the toolsets and read-only tools asked for by flag', async () => {
    const child = spawn(process.execPath, [cli, 'mcp', '--data', dataDir, '--toolsets', 'account,brand', '--read-only'], { env: env(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const send = (message: object) => child.stdin.write(`${JSON.stringify(message)}\n`);
    send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'raw', version: '1' } } });
    send({ jsonrpc: '2.0', method: 'notifications/initialized' });
    send({ jsonrpc: '2.0', id: 2, method: 'tools/list', params: {} });
    send({ jsonrpc: '2.0', id: 3, method: 'tools/call', params: { name: 'get_stats', arguments: { startDate: 'soon' } } });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    await new Promise<void>((resolve) => {
      const check = () => (stdout.split('\n').filter(Boolean).length >= 3 ? resolve() : undefined);
      child.stdout.on('data', check);
    });
    child.stdin.end();
    expect(await exited).toBe(0);
    const lines = stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
      .sort((a, b) => a.id - b.id);
    expect(lines.map((line) => line.id)).toEqual([1, 2, 3]);
    expect(lines.every((line) => line.jsonrpc === '2.0')).toBe(true);
    const names = lines[1].result.tools.map((tool: { name: string }) => tool.name);
    expect(names).toEqual(selectTools({ toolsets: ['account', 'brand'], readOnly: true }).map((tool) => tool.name));
    expect(names).toContain('get_credits');
    expect(names).not.toContain('save_brand');
    expect(lines[2].result).toMatchObject({ isError: true, content: [{ type: 'text', text: expect.stringMatching(/^Invalid arguments: startDate: /) }, expect.anything()] });
  });

  it('refuses a key that is not valid for the data folder, with one sentence and exit code 2', async () => {
    const child = spawn(process.execPath, [cli, 'mcp', '--data', dataDir, '--api-key', 'cak_live_not_a_real_key'], { env: env(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim()).toMatch(/^error: The API key given \(--api-key or CINEMATICADS_API_KEY\) is not a valid key of the data folder /);
  });
});
