import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { directoryStepStore, memoryStepStore, type StepStore } from '../../src/studio/step-store.ts';

const stores: Array<[string, () => Promise<StepStore>]> = [
  ['memory', async () => memoryStepStore()],
  ['directory', async () => directoryStepStore(join(await mkdtemp(join(tmpdir(), 'steps-')), 'steps'))],
];

describe.each(stores)('%s step store', (_name, make) => {
  it('keeps, returns a copy of, and deletes step outputs', async () => {
    const store = await make();
    expect(await store.get('script')).toBeUndefined();
    const value = { lines: ['a', 'b'] };
    await store.put('script', value);
    value.lines.push('mutated after put');
    expect(await store.get('script')).toEqual({ lines: ['a', 'b'] });
    await store.delete('script');
    expect(await store.get('script')).toBeUndefined();
  });
});

it('a directory store survives a new instance (a restarted process) and leaves no temp files', async () => {
  const dir = join(await mkdtemp(join(tmpdir(), 'steps-')), 'steps');
  await directoryStepStore(dir).put('art_direction', { scenes: 3 });
  expect(await directoryStepStore(dir).get('art_direction')).toEqual({ scenes: 3 });
  expect(await readdir(dir)).toEqual(['art_direction.json']);
});
