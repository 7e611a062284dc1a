import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/studio/manifest.ts';
import { testDir } from '../fixtures/temp-dir.ts';

const bin = join(import.meta.dirname, '../../bin/cinematicads.js');
const root = testDir('cli');

/** Runs the real executable, as a user would, and returns its exit code and output. */
async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], { env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

async function briefFile(name: string, brief: unknown): Promise<string> {
  const path = join(root, `${name}.json`);
  await writeFile(path, JSON.stringify(brief));
  return path;
}

describe('cinematicads render', () => {
  it('renders a brief that names only a type and a concept, and prints the manifest', async () => {
    const brief = await briefFile('concept', { type: 'cinematic', concept: 'Cold brew coffee for night owls' });
    const result = await cli(['render', '--brief', brief, '--out', join(root, 'out'), '--size', 'small']);
    expect(result.stderr).toContain('compose completed (100%)');
    expect(result.code).toBe(0);
    const manifest = JSON.parse(result.stdout) as Manifest;
    expect(manifest.deliverables.map((d) => d.path)).toEqual(
      expect.arrayContaining(['video-9x16.mp4', 'poster-9x16.jpg', 'video-9x16.vtt', 'script.json', 'storyboard.json']),
    );
  });

  it('names the bad field of an invalid brief and exits 2', async () => {
    const brief = await briefFile('clone', { type: 'clone', concept: 'copy this' });
    const result = await cli(['render', '--brief', brief, '--out', join(root, 'bad')]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('error: Invalid brief: url is required for type "clone"');
  });

  it('says what is wrong with an unreadable brief file', async () => {
    const path = join(root, 'broken.json');
    await writeFile(path, '{"type": "cinematic",');
    const result = await cli(['render', '--brief', path, '--out', join(root, 'broken')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: The brief file .*broken\.json is not valid JSON/);
  });

  it('tells how to install ffmpeg when the configured binary is missing', async () => {
    const brief = await briefFile('no-ffmpeg', { type: 'cinematic', concept: 'x' });
    const result = await cli(['render', '--brief', brief, '--out', join(root, 'no-ffmpeg'), '--size', 'small'], {
      CINEMATICADS_FFMPEG: join(root, 'missing-ffmpeg'),
    });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('apt-get install ffmpeg');
    expect(result.stderr).not.toMatch(/\n\s+at /); // one sentence, not a stack trace
  });
});
