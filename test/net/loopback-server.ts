import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Route = (req: IncomingMessage, res: ServerResponse, server: LoopbackServer) => unknown;

/** A real HTTP server on 127.0.0.1 with an ephemeral port, recording what reached it. */
export interface LoopbackServer {
  port: number;
  origin: string;
  url(path: string): string;
  /** Request paths in arrival order. */
  hits: string[];
  /** Sockets the server accepted, and how many of them have closed. */
  sockets: { opened: number; closed: number };
  /** Resolves once every socket accepted so far has closed. */
  allSocketsClosed(): Promise<void>;
  close(): Promise<void>;
}

export async function startLoopbackServer(routes: Record<string, Route>): Promise<LoopbackServer> {
  const open = new Set<Socket>();
  const waiters: Array<() => void> = [];
  const sockets = { opened: 0, closed: 0 };
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    state.hits.push(req.url ?? '/');
    const route = routes[path];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    void Promise.resolve(route(req, res, state)).catch(() => res.destroy());
  });
  server.on('connection', (socket) => {
    sockets.opened += 1;
    open.add(socket);
    socket.on('close', () => {
      sockets.closed += 1;
      open.delete(socket);
      if (open.size === 0) for (const wake of waiters.splice(0)) wake();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const state: LoopbackServer = {
    port,
    origin: `http://127.0.0.1:${port}`,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    hits: [],
    sockets,
    allSocketsClosed: () => (open.size === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
  return state;
}

/** Writes `total` bytes in `chunkSize` pieces, honouring back-pressure; resolves with bytes written. */
export async function writeSlowly(res: ServerResponse, total: number, chunkSize = 64 * 1024): Promise<number> {
  const chunk = Buffer.alloc(chunkSize, 0x61);
  let written = 0;
  while (written < total && !res.destroyed) {
    const size = Math.min(chunkSize, total - written);
    const ok = res.write(size === chunkSize ? chunk : chunk.subarray(0, size));
    written += size;
    if (!ok) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          res.off('drain', done);
          res.off('close', done);
          resolve();
        };
        res.on('drain', done);
        res.on('close', done);
      });
    }
  }
  if (!res.destroyed) res.end();
  return written;
}
