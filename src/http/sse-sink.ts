import type { ServerResponse } from 'node:http';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';

/** Where an event stream's bytes go, and the response that answers the request. */
export interface SseSink {
  send(bytes: Uint8Array): void;
  end(): void;
  response: Response;
}

/** A client this far behind (it stopped reading) is dropped; it can resume with Last-Event-ID. */
const maxQueuedBytes = 1024 * 1024;

/**
 * Straight to Node's response when the app runs under @hono/node-server: each event is one socket
 * write, with no web-stream hops in between, which is what lets one process feed thousands of
 * streams within the delivery target. `onClosed` fires when the client leaves.
 */
export function nodeSink(outgoing: ServerResponse, headers: Record<string, string>, onClosed: () => void): SseSink {
  let closed = false;
  const close = () => {
    closed = true;
    onClosed();
  };
  outgoing.on('close', close);
  // A socket error must end this stream, never the process.
  outgoing.on('error', close);
  outgoing.writeHead(200, headers);
  return {
    send(bytes) {
      if (closed) return;
      outgoing.write(bytes);
      if (outgoing.writableLength > maxQueuedBytes) close();
    },
    end: () => outgoing.end(),
    response: RESPONSE_ALREADY_SENT,
  };
}

/** A web ReadableStream body, for other runtimes and `app.request` in tests. */
export function webStreamSink(headers: Record<string, string>, onClosed: () => void): SseSink {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let closed = false;
  const close = () => {
    closed = true;
    onClosed();
  };
  const body = new ReadableStream<Uint8Array>(
    { start: (ready) => void (controller = ready), cancel: close },
    new ByteLengthQueuingStrategy({ highWaterMark: 64 * 1024 }),
  );
  return {
    send(bytes) {
      if (closed) return;
      controller.enqueue(bytes);
      if ((controller.desiredSize ?? 0) < -maxQueuedBytes) close();
    },
    end() {
      try {
        controller.close();
      } catch {
        // Already closed by a client that left.
      }
    },
    response: new Response(body, { headers }),
  };
}
