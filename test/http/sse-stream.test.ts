import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workflowEventTypes } from '../../src/contract/schemas/workflow-events.ts';
import type { ServiceHost } from '../../src/service/service-ports.ts';
import { createHttpFixture, type HttpFixture, jsonOf, type TestAccount } from './http-fixture.ts';
import { parseSseText, readSseFrames, type SseFrame } from './sse-reader.ts';

let fixture: HttpFixture;
let alice: TestAccount;
/** A finished job of alice's and every frame of its stream. */
let finished: { jobId: string; frames: SseFrame[] };
/** The abort signal the service received with each stream it was asked for. */
const streamSignals: AbortSignal[] = [];

/** Passes every call through to the real service, noting the signal each stream is opened with. */
function spyOnStreams(host: ServiceHost): ServiceHost {
  return {
    ...host,
    authenticate: (credential) => host.authenticate(credential),
    openMedia: (path, query) => host.openMedia(path, query),
    forAccount(caller) {
      const api = host.forAccount(caller);
      return {
        ...api,
        getWorkflowStream(args, options) {
          if (options?.signal) streamSignals.push(options.signal);
          return api.getWorkflowStream(args, options);
        },
      };
    },
  };
}

function get(path: string, account: TestAccount, headers: Record<string, string> = {}, signal?: AbortSignal): Promise<Response> {
  return fetch(`${fixture.baseUrl}${path}`, { headers: { Authorization: `Bearer ${account.apiKey}`, Accept: 'text/event-stream', ...headers }, signal });
}

async function launch(account: TestAccount, body: Record<string, unknown>): Promise<string> {
  const res = await fetch(`${fixture.baseUrl}/api/workflow`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${account.apiKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  return (await jsonOf(res)).jobId;
}

beforeAll(async () => {
  fixture = await createHttpFixture({ listen: true, wrapHost: spyOnStreams, sseHeartbeatMs: 40, rateLimits: { stream: { limit: 1000, windowSeconds: 3600 }, launch: { limit: 1000, windowSeconds: 3600 } } });
  alice = await fixture.newAccount({ credits: 20 });
  const jobId = await launch(alice, { type: 'staticad', concept: 'Cold brew in a can, no sugar', async: false });
  const res = await get(`/api/workflow/stream?jobId=${jobId}`, alice);
  finished = { jobId, frames: parseSseText(await res.text()).filter((frame) => !frame.comment) };
});
afterAll(() => fixture.close());

describe('the workflow stream', () => {
  it('sends id, event and JSON data on every event, and replays a finished job then closes', async () => {
    const { frames } = finished;
    expect(frames.length).toBeGreaterThan(2);
    frames.forEach((frame, index) => {
      expect(frame.id).toBe(String(index + 1));
      expect(workflowEventTypes).toContain(frame.event);
      expect(() => JSON.parse(frame.data!)).not.toThrow();
    });
    expect(frames.at(-1)).toMatchObject({ event: 'result' });
    expect(JSON.parse(frames.at(-1)!.data!)).toMatchObject({ success: true });
  });

  it('answers with SSE headers', async () => {
    const res = await get(`/api/workflow/stream?jobId=${finished.jobId}`, alice);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('x-ratelimit-limit')).toBe('1000');
    await res.text();
  });

  it('replays only what followed Last-Event-ID (header, or lastEventId in the query)', async () => {
    const after = finished.frames[1]!.id!;
    const byHeader = parseSseText(await (await get(`/api/workflow/stream?jobId=${finished.jobId}`, alice, { 'Last-Event-ID': after })).text());
    expect(byHeader.filter((frame) => !frame.comment)).toEqual(finished.frames.slice(2));
    const byQuery = parseSseText(await (await get(`/api/workflow/stream?jobId=${finished.jobId}&lastEventId=${after}`, alice)).text());
    expect(byQuery.filter((frame) => !frame.comment)).toEqual(finished.frames.slice(2));
  });

  it('refuses an unknown job, another account\'s job and a bad Last-Event-ID as JSON, before any stream', async () => {
    const bob = await fixture.newAccount({ credits: 1 });
    const foreign = await get(`/api/workflow/stream?jobId=${finished.jobId}`, bob);
    const unknown = await get('/api/workflow/stream?jobId=wf_doesnotexist0000', bob);
    for (const res of [foreign, unknown]) {
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    }
    const sameButId = (body: { error: string }) => ({ ...body, error: body.error.replace(/wf_\w+/, 'wf_…') });
    expect(sameButId(await jsonOf(foreign))).toEqual(sameButId(await jsonOf(unknown)));
    const badId = await get(`/api/workflow/stream?jobId=${finished.jobId}`, alice, { 'Last-Event-ID': 'yesterday' });
    expect(badId.status).toBe(400);
    expect((await jsonOf(badId)).error).toMatch(/Last-Event-ID/);
  });

  it('keeps an idle stream open with comment heartbeats, sends `suspended`, and ends on cancel with the result', async () => {
    const jobId = await launch(alice, { type: 'cinematic', concept: 'A rain jacket that packs into its own pocket', hitl: true });
    const res = await get(`/api/workflow/stream?jobId=${jobId}`, alice);
    const seen: SseFrame[] = [];
    let heartbeatsAfterPause = 0;
    for await (const frame of readSseFrames(res)) {
      seen.push(frame);
      const paused = seen.some((earlier) => earlier.event === 'suspended');
      if (paused && frame.comment === 'keep-alive' && ++heartbeatsAfterPause === 3) {
        const cancel = await fetch(`${fixture.baseUrl}/api/workflow/${jobId}/cancel`, { method: 'POST', headers: { Authorization: `Bearer ${alice.apiKey}` } });
        expect(cancel.status).toBe(200);
      }
    }
    const events = seen.filter((frame) => !frame.comment);
    expect(events.map((frame) => frame.event)).toContain('suspended');
    expect(events.at(-1)?.event).toBe('result');
    expect(JSON.parse(events.at(-1)!.data!)).toMatchObject({ success: false, refunded: 1 });
    expect(heartbeatsAfterPause).toBe(3);
  });

  it('drops the subscription when the client goes away', async () => {
    const jobId = await launch(alice, { type: 'cinematic', concept: 'Trail shoes that grip wet rock', hitl: true });
    const client = new AbortController();
    const res = await get(`/api/workflow/stream?jobId=${jobId}`, alice, {}, client.signal);
    const signal = streamSignals.at(-1)!;
    for await (const frame of readSseFrames(res)) if (frame.event === 'suspended') break;
    expect(signal.aborted).toBe(false);
    client.abort();
    await expect.poll(() => signal.aborted, { timeout: 2000 }).toBe(true);
    await fetch(`${fixture.baseUrl}/api/workflow/${jobId}/cancel`, { method: 'POST', headers: { Authorization: `Bearer ${alice.apiKey}` } });
  });

  it('ends open streams when the server begins to close', async () => {
    const jobId = await launch(alice, { type: 'cinematic', concept: 'Linen shirts for hot cities', hitl: true });
    const res = await get(`/api/workflow/stream?jobId=${jobId}`, alice);
    const frames: SseFrame[] = [];
    for await (const frame of readSseFrames(res)) {
      frames.push(frame);
      if (frame.event === 'suspended') fixture.closing.abort();
    }
    // The stream ended without a result: the job is still waiting for its review.
    expect(frames.filter((frame) => !frame.comment).at(-1)?.event).toBe('suspended');
    expect(streamSignals.at(-1)!.aborted).toBe(true);
  });
});
