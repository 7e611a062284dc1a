import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';

export interface ListeningServer {
  port: number;
  /** e.g. "http://127.0.0.1:3000" */
  url: string;
  /**
   * Stops accepting connections, closes idle keep-alive sockets at once and waits for requests
   * in flight; after `graceMs` the remaining sockets are cut.
   */
  close(graceMs?: number): Promise<void>;
}

/** `app.fetch`: it receives the Node bindings too, which the client-address lookup reads. */
type FetchHandler = Parameters<typeof serve>[0]['fetch'];

/** Serves `fetch` on a port (0 picks a free one) and resolves once it is listening. */
export function listenHttp(fetch: FetchHandler, options: { port: number; hostname: string }): Promise<ListeningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port: options.port, hostname: options.hostname }) as Server;
    server.once('error', reject);
    server.once('listening', () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      const host = options.hostname.includes(':') ? `[${options.hostname}]` : options.hostname;
      resolve({ port, url: `http://${host}:${port}`, close: (graceMs = 5000) => closeServer(server, graceMs) });
    });
  });
}

/** How often sockets that have gone idle since shutdown began (an ended stream, a finished request) are closed. */
const idleSweepMs = 50;

function closeServer(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const cutoff = setTimeout(() => server.closeAllConnections(), graceMs);
    const sweep = setInterval(() => server.closeIdleConnections(), idleSweepMs);
    server.close(() => {
      clearTimeout(cutoff);
      clearInterval(sweep);
      resolve();
    });
    server.closeIdleConnections();
  });
}
