import type { Readable } from 'node:stream';
import { ZipFile } from 'yazl';

/** One file of the archive, opened only when the archive reaches it. */
export interface ZipEntry {
  /** Relative, '/'-separated path inside the archive. */
  path: string;
  /** Deflate text and JSON; store media that is compressed already (MP4, JPEG). */
  compress: boolean;
  /** When known, yazl checks the bytes read match it: a file that changed mid-export fails loudly. */
  size?: number;
  mtime?: Date;
  open(): Promise<Readable>;
}

export interface ZipWriter {
  /** Waits while enough entries are queued: a producer walking thousands of projects stays a few entries ahead. */
  add(entry: ZipEntry): Promise<void>;
}

/** Thrown to the producer when the reader went away: it stops walking. */
export class ZipStopped extends Error {
  override readonly name = 'ZipStopped';
}

const defaultMaxQueued = 32;

/**
 * A ZIP written while it is read, never held whole: `fill` adds entries, each opened only when
 * yazl reaches it and piped with back-pressure, so memory stays flat whatever the files weigh.
 * Cancelling the stream (the client left) or aborting `signal` closes the open files and stops
 * `fill`; an error (a file that vanished) errors the stream, so a broken archive never looks whole.
 */
export function streamZip(fill: (zip: ZipWriter) => Promise<void>, options: { signal?: AbortSignal; maxQueued?: number } = {}): ReadableStream<Uint8Array> {
  const maxQueued = options.maxQueued ?? defaultMaxQueued;
  const zip = new ZipFile();
  const output = zip.outputStream as Readable;
  const openStreams = new Set<Readable>();
  let stopped = false;
  let queued = 0;
  let wake: (() => void) | undefined;
  const wakeProducer = (): void => {
    const resume = wake;
    wake = undefined;
    resume?.();
  };

  const stop = (error?: Error): void => {
    if (stopped) return;
    stopped = true;
    for (const stream of openStreams) stream.destroy();
    openStreams.clear();
    output.destroy(error);
    wakeProducer();
    options.signal?.removeEventListener('abort', onAbort);
  };
  const onAbort = (): void => stop();
  // yazl reports a failed entry (a read error, a size mismatch) here; unheard, it would crash the process.
  zip.on('error', (error: Error) => stop(error));
  if (options.signal?.aborted) stop();
  else options.signal?.addEventListener('abort', onAbort, { once: true });
  output.once('end', () => options.signal?.removeEventListener('abort', onAbort));

  const writer: ZipWriter = {
    async add(entry) {
      while (!stopped && queued >= maxQueued) await new Promise<void>((resolve) => (wake = resolve));
      if (stopped) throw new ZipStopped('The archive was closed before it was complete');
      queued += 1;
      const settings = { compress: entry.compress, ...(entry.size === undefined ? {} : { size: entry.size }), ...(entry.mtime ? { mtime: entry.mtime } : {}) };
      zip.addReadStreamLazy(entry.path, settings, (callback) => {
        queued -= 1;
        wakeProducer();
        if (stopped) return;
        entry.open().then(
          (stream) => {
            if (stopped) return void stream.destroy();
            openStreams.add(stream);
            stream.once('close', () => openStreams.delete(stream));
            // yazl pipes the stream without listening for its errors.
            stream.once('error', (error) => stop(error));
            callback(null, stream);
          },
          (error: unknown) => stop(error instanceof Error ? error : new Error(String(error))),
        );
      });
    },
  };

  fill(writer).then(
    () => {
      if (!stopped) zip.end();
    },
    (error: unknown) => stop(error instanceof ZipStopped ? undefined : error instanceof Error ? error : new Error(String(error))),
  );

  const chunks = output[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
      cancel: () => stop(),
    },
    { highWaterMark: 0 },
  );
}
