import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Webhook } from 'standardwebhooks';

/** One POST as the receiver saw it. */
export interface ReceivedDelivery {
  path: string;
  webhookId: string;
  timestamp: string;
  signature: string;
  body: string;
  /** Set once a secret is known: whether standardwebhooks' own `Webhook.verify` accepted it. */
  verified?: boolean;
  /** The status the receiver answered (undefined while it hangs). */
  answered?: number;
}

/** What to do with a request: a status to answer, or `hang` (never answer). */
export type Behaviour = (
  delivery: ReceivedDelivery,
  attemptOfThisId: number,
) => number | 'hang' | { redirect: string; status?: number } | { status: number; body: string };

export interface WebhookReceiver {
  port: number;
  url(path?: string): string;
  /** `127.0.0.1:<port>`, for `allowPrivateFor`. */
  allowance: string;
  received: ReceivedDelivery[];
  behave(behaviour: Behaviour): void;
  /** Verify signatures from now on (the secret is shown once, at creation). */
  useSecret(secret: string): void;
  /** Requests answered 2xx, kept once per webhook-id: what a deduplicating receiver processes. */
  processed(): ReceivedDelivery[];
  /** Resolves once `count` requests have been answered 2xx (distinct webhook-ids). */
  waitForProcessed(count: number): Promise<ReceivedDelivery[]>;
  /** Resolves once `count` requests have arrived (answered or not). */
  waitForRequests(count: number): Promise<ReceivedDelivery[]>;
  close(): Promise<void>;
}

/** A real HTTP receiver on 127.0.0.1 that verifies every delivery with the standardwebhooks library. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  let behaviour: Behaviour = () => 200;
  let verifier: Webhook | undefined;
  const received: ReceivedDelivery[] = [];
  const attemptsById = new Map<string, number>();
  const sockets = new Set<Socket>();
  const waiters: Array<() => void> = [];
  const wake = () => {
    for (const waiter of waiters.splice(0)) waiter();
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const header = (name: string) => String(req.headers[name] ?? '');
      const delivery: ReceivedDelivery = {
        path: req.url ?? '/',
        webhookId: header('webhook-id'),
        timestamp: header('webhook-timestamp'),
        signature: header('webhook-signature'),
        body: Buffer.concat(chunks).toString('utf8'),
      };
      if (verifier) {
        try {
          verifier.verify(delivery.body, { 'webhook-id': delivery.webhookId, 'webhook-timestamp': delivery.timestamp, 'webhook-signature': delivery.signature });
          delivery.verified = true;
        } catch {
          delivery.verified = false;
        }
      }
      const attempt = (attemptsById.get(delivery.webhookId) ?? 0) + 1;
      attemptsById.set(delivery.webhookId, attempt);
      received.push(delivery);
      const answer = behaviour(delivery, attempt);
      if (answer !== 'hang') {
        if (typeof answer === 'number') {
          delivery.answered = answer;
          res.writeHead(answer, { 'content-type': 'text/plain' }).end(answer >= 300 ? `nope, attempt ${attempt}` : 'ok');
        } else if ('redirect' in answer) {
          delivery.answered = answer.status ?? 307;
          res.writeHead(delivery.answered, { location: answer.redirect }).end();
        } else {
          delivery.answered = answer.status;
          res.writeHead(answer.status, { 'content-type': 'text/plain' }).end(answer.body);
        }
      }
      wake();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const processed = () => {
    const seen = new Set<string>();
    return received.filter((delivery) => {
      if (delivery.answered === undefined || delivery.answered < 200 || delivery.answered >= 300 || seen.has(delivery.webhookId)) return false;
      seen.add(delivery.webhookId);
      return true;
    });
  };
  const until = <T>(check: () => T | undefined): Promise<T> =>
    new Promise((resolve) => {
      const test = () => {
        const value = check();
        if (value === undefined) waiters.push(test);
        else resolve(value);
      };
      test();
    });

  return {
    port,
    url: (path = '/hook') => `http://127.0.0.1:${port}${path}`,
    allowance: `127.0.0.1:${port}`,
    received,
    behave(next) {
      behaviour = next;
    },
    useSecret(secret) {
      verifier = new Webhook(secret);
    },
    processed,
    waitForProcessed: (count) => until(() => (processed().length >= count ? processed() : undefined)),
    waitForRequests: (count) => until(() => (received.length >= count ? received : undefined)),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
