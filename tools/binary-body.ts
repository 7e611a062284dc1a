import type { BinaryResponse } from '../src/contract/operations.ts';

type Body = BinaryResponse['body'];

/** Stops a download the tool does not pass on, so the service (or remote server) stops producing it. */
export async function cancelBody(body: Body): Promise<void> {
  if (body instanceof ReadableStream) await body.cancel().catch(() => undefined);
  else await body[Symbol.asyncIterator]().return?.();
}

/** The first `count` bytes of a download (fewer if it is shorter); the rest is cancelled, never read. */
export async function readHead(body: Body, count: number): Promise<Uint8Array> {
  const head = new Uint8Array(count);
  let filled = 0;
  const iterator = body instanceof ReadableStream ? body.values({ preventCancel: false }) : body[Symbol.asyncIterator]();
  try {
    while (filled < count) {
      const next = await iterator.next();
      if (next.done) break;
      const chunk = next.value.subarray(0, count - filled);
      head.set(chunk, filled);
      filled += chunk.length;
    }
  } finally {
    await iterator.return?.();
  }
  return head.subarray(0, filled);
}
