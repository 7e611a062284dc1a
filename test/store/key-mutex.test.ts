import { describe, expect, it } from 'vitest';
import { createKeyMutex } from '../../src/store/key-mutex.ts';

const tick = () => new Promise((done) => setTimeout(done, 1));

describe('key mutex', () => {
  it('runs work for one key one at a time, in call order, and keys side by side', async () => {
    const mutex = createKeyMutex();
    const log: string[] = [];
    let active = 0;
    let peak = 0;
    const job = (key: string, label: string) =>
      mutex.run(key, async () => {
        active += 1;
        peak = Math.max(peak, active);
        log.push(`${label} start`);
        await tick();
        log.push(`${label} end`);
        active -= 1;
        return label;
      });
    const results = await Promise.all([job('a', 'a1'), job('a', 'a2'), job('b', 'b1'), job('a', 'a3')]);
    expect(results).toEqual(['a1', 'a2', 'b1', 'a3']);
    const aOnly = log.filter((line) => line.startsWith('a'));
    expect(aOnly).toEqual(['a1 start', 'a1 end', 'a2 start', 'a2 end', 'a3 start', 'a3 end']);
    expect(peak).toBe(2); // b ran beside a
  });

  it('keeps going after a failure', async () => {
    const mutex = createKeyMutex();
    const failed = mutex.run('k', async () => {
      throw new Error('boom');
    });
    const next = mutex.run('k', async () => 'ok');
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ok');
  });
});
