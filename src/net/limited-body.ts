import { CinematicAdsError } from '../contract/errors.ts';
import { toNetworkError } from './network-error.ts';
import type { Readable } from 'node:stream';

export interface LimitedBodyOptions {
  maxBytes: number;
  url: string;
  /** The fetch deadline: aborting it destroys the source (and so the socket) mid-body. */
  signal: AbortSignal;
  /** Called once when the body ends, fails or is cancelled: the fetch's resources can go. */
  onSettled: () => void;
}

export interface LimitedBody {
  stream: ReadableStream<Uint8Array>;
  /** Bytes taken from the source so far, including a chunk that crossed the limit. */
  bytesRead: () => number;
}

export function payloadTooLarge(url: string, maxBytes: number, received?: number): CinematicAdsError {
  return new CinematicAdsError('payload_too_large', `Response from ${url} is larger than the ${maxBytes}-byte limit`, {
    details: { url, maxBytes, ...(received === undefined ? {} : { received }) },
  });
}

/**
 * A pull-based web stream over the response: a chunk is read from the socket only when the
 * consumer asks for one (highWaterMark 0), and the first chunk that crosses `maxBytes` destroys
 * the source instead of being delivered, so at most limit + one chunk is ever held.
 */
export function createLimitedBody(source: Readable, options: LimitedBodyOptions): LimitedBody {
  const { maxBytes, url, signal, onSettled } = options;
  const iterator = source[Symbol.asyncIterator]();
  // The iterator only listens once read; until then a destroy(error) must not be an uncaught 'error'.
  // The stored error still surfaces on the next read.
  source.on('error', () => undefined);
  let received = 0;
  let settled = false;
  const onAbort = (): void => {
    source.destroy(signal.reason instanceof Error ? signal.reason : new Error(String(signal.reason)));
  };
  const settle = (): void => {
    if (settled) return;
    settled = true;
    signal.removeEventListener('abort', onAbort);
    onSettled();
  };
  if (signal.aborted) onAbort();
  else signal.addEventListener('abort', onAbort, { once: true });

  const stream = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const next = await iterator.next();
          if (next.done) {
            settle();
            controller.close();
            return;
          }
          const chunk = next.value as Buffer;
          received += chunk.byteLength;
          if (received > maxBytes) throw payloadTooLarge(url, maxBytes, received);
          controller.enqueue(chunk);
        } catch (error) {
          source.destroy();
          settle();
          controller.error(signal.aborted ? signal.reason : toNetworkError(error, url));
        }
      },
      cancel() {
        source.destroy();
        settle();
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, bytesRead: () => received };
}
