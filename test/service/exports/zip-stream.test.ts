import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { streamZip, type ZipEntry, ZipStopped } from '../../../src/service/exports/zip-stream.ts';
import { readZip } from './zip-entries.ts';

const text = (path: string, content: string, compress = true): ZipEntry => ({ path, compress, open: async () => Readable.from([Buffer.from(content)]) });

async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

describe('streamZip', () => {
  it('writes the entries in order, deflated or stored as asked, into an archive any reader opens', async () => {
    const stream = streamZip(async (zip) => {
      await zip.add(text('a.txt', 'hello '.repeat(100)));
      await zip.add(text('dir/b.bin', 'stored as is', false));
      await zip.add({ path: 'dir/c.txt', compress: true, size: 3, open: async () => Readable.from([Buffer.from('abc')]) });
    });
    const zip = await readZip(await bytesOf(stream));
    expect(zip.names).toEqual(['a.txt', 'dir/b.bin', 'dir/c.txt']);
    expect(zip.files.get('a.txt')!.toString()).toBe('hello '.repeat(100));
    expect(zip.files.get('dir/b.bin')!.toString()).toBe('stored as is');
  });

  it('errors the stream when an entry cannot be read, so a broken archive never looks complete', async () => {
    const failing = streamZip(async (zip) => {
      await zip.add(text('a.txt', 'fine'));
      await zip.add({ path: 'gone.mp4', compress: false, open: async () => Promise.reject(new Error('ENOENT: the file went away')) });
      await zip.add(text('c.txt', 'never reached'));
    });
    await expect(bytesOf(failing)).rejects.toThrow('the file went away');

    const midway = streamZip(async (zip) => {
      const broken = new Readable({ read() {
        this.push(Buffer.alloc(1000));
        this.destroy(new Error('read error halfway'));
      } });
      await zip.add({ path: 'half.bin', compress: false, open: async () => broken });
    });
    await expect(bytesOf(midway)).rejects.toThrow('read error halfway');

    const wrongSize = streamZip(async (zip) => zip.add({ path: 'grew.bin', compress: false, size: 2, open: async () => Readable.from([Buffer.from('abc')]) }));
    await expect(bytesOf(wrongSize)).rejects.toThrow(/unexpected number of bytes/);
  });

  it('stays a few entries ahead of the reader, and stops the producer when the reader leaves', async () => {
    let opened = 0;
    let producerError: unknown;
    let added = 0;
    const stream = streamZip(
      async (zip) => {
        try {
          for (let i = 0; i < 10_000; i += 1) {
            await zip.add({ path: `f${i}.bin`, compress: false, open: async () => (opened += 1, Readable.from([Buffer.alloc(64 * 1024)])) });
            added += 1;
          }
        } catch (error) {
          producerError = error;
          throw error;
        }
      },
      { maxQueued: 4 },
    );
    const reader = stream.getReader();
    await reader.read();
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Nobody reads: the producer waits instead of queueing ten thousand entries.
    expect(added).toBeLessThan(20);
    await reader.cancel();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(producerError).toBeInstanceOf(ZipStopped);
    expect(opened).toBeLessThan(20);
  });

  it('stops when the signal aborts', async () => {
    const leaving = new AbortController();
    const stream = streamZip(async (zip) => {
      for (let i = 0; i < 1000; i += 1) await zip.add(text(`f${i}.txt`, 'x'.repeat(10_000)));
    }, { signal: leaving.signal, maxQueued: 2 });
    const reader = stream.getReader();
    await reader.read();
    leaving.abort();
    await expect((async () => { for (;;) if ((await reader.read()).done) return 'ended'; })()).rejects.toThrow();
  });
});
