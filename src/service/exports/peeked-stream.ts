import { Buffer } from 'node:buffer';

export interface PeekedStream {
  /** At least the bytes asked for, unless the stream ended first. */
  head: Uint8Array;
  /** The whole stream again, the peeked bytes included; cancelling it cancels the source. */
  stream: ReadableStream<Uint8Array>;
  /** Releases the source when the stream will not be used. */
  cancel(): Promise<void>;
}

/**
 * Reads the first `bytes` of a stream to decide on it (is this an MP4?) before answering, then
 * hands the stream on unchanged. Pull-based: nothing more is read until the consumer asks.
 */
export async function peekStream(source: ReadableStream<Uint8Array>, bytes: number): Promise<PeekedStream> {
  const reader = source.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  let ended = false;
  try {
    while (received < bytes) {
      const next = await reader.read();
      if (next.done) {
        ended = true;
        break;
      }
      chunks.push(next.value);
      received += next.value.byteLength;
    }
  } catch (error) {
    reader.releaseLock();
    throw error;
  }
  const head = Buffer.concat(chunks).subarray(0, bytes);
  const stream = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const chunk = chunks.shift();
        if (chunk) return controller.enqueue(chunk);
        if (ended) return controller.close();
        const next = await reader.read();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
      cancel: (reason) => reader.cancel(reason),
    },
    { highWaterMark: 0 },
  );
  return { head, stream, cancel: () => reader.cancel() };
}
