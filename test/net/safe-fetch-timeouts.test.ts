import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSafeFetch } from '../../src/net/safe-fetch.ts';
import { errorOf } from './error-of.ts';
import { startLoopbackServer } from './loopback-server.ts';
import type { LoopbackServer } from './loopback-server.ts';

let server: LoopbackServer;

beforeAll(async () => {
  server = await startLoopbackServer({
    // Never answers: the client must give up on its own.
    '/stall': () => undefined,
    // Answers, sends a first chunk, then trickles nothing more.
    '/slow-body': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body>');
    },
  });
});
afterAll(() => server.close());

const safeFetch = (timeoutMs = 15_000) => createSafeFetch({ allowPrivateFor: [`127.0.0.1:${server.port}`], timeoutMs });

describe('safeFetch timeouts and aborts', () => {
  it('times out waiting for headers with a retryable unavailable error and closes the socket', async () => {
    const started = Date.now();
    const error = await errorOf(safeFetch(300)(server.url('/stall')));
    expect(error).toMatchObject({ code: 'unavailable', status: 503, retryable: true, details: { timeoutMs: 300 } });
    expect(error.message).toBe(`Timed out after 300 ms fetching ${server.url('/stall')}`);
    expect(Date.now() - started).toBeLessThan(3_000);
    await server.allSocketsClosed();
  });

  it('counts the body against the same deadline', async () => {
    const response = await safeFetch()(server.url('/slow-body'), { timeoutMs: 300 });
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toMatchObject({ code: 'unavailable', message: expect.stringContaining('Timed out after 300 ms') });
    await server.allSocketsClosed();
  });

  it('releases the socket of a body nobody reads when the deadline passes', async () => {
    const response = await safeFetch()(server.url('/slow-body'), { timeoutMs: 200 });
    await server.allSocketsClosed();
    await expect(response.text()).rejects.toMatchObject({ code: 'unavailable', message: expect.stringContaining('Timed out after 200 ms') });
  });

  it("rejects with the caller's abort reason and closes the socket", async () => {
    const controller = new AbortController();
    const pending = safeFetch()(server.url('/stall'), { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('user went away')), 50);
    await expect(pending).rejects.toThrow('user went away');
    await server.allSocketsClosed();
  });

  it('aborts a body mid-stream when the caller aborts', async () => {
    const controller = new AbortController();
    const response = await safeFetch()(server.url('/slow-body'), { signal: controller.signal });
    const reading = response.text();
    controller.abort(new Error('stop'));
    await expect(reading).rejects.toThrow('stop');
    await server.allSocketsClosed();
  });

  it('does not start when the signal is already aborted', async () => {
    const hits = server.hits.length;
    await expect(safeFetch()(server.url('/stall'), { signal: AbortSignal.abort(new Error('early')) })).rejects.toThrow('early');
    expect(server.hits.length).toBe(hits);
  });
});
