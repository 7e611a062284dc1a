import { spawn } from 'node:child_process';

export interface NpxRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a pinned npm package from npm's cache only (tests reach no network; .ci/run caches it
 * first), with engine-strict off: the pinned MCP tools declare Node 22 yet run on Node 20.
 */
export function runCachedNpx(pkg: string, args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<NpxRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['-y', pkg, ...args], {
      cwd: options.cwd,
      env: { ...process.env, npm_config_engine_strict: 'false', npm_config_offline: 'true', npm_config_update_notifier: 'false', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}
