import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CinematicAdsError } from '../../src/contract/errors.ts';
import type { WorkflowEvent } from '../../src/contract/schemas/workflow-events.ts';
import type { ServiceHost } from '../../src/service/service-ports.ts';
import { createHttpFixture, type HttpFixture, jsonOf } from './http-fixture.ts';
import { parseSseText } from './sse-reader.ts';

const secret = 'disk on fire at /var/lib/cinematicads/store.sqlite';

/** The real host, except that some methods fail the way a broken disk or a bug would. */
function breakSome(host: ServiceHost): ServiceHost {
  return {
    ...host,
    authenticate: (credential) => (credential.apiKey === 'cak_live_explode' ? Promise.reject(new Error(secret)) : host.authenticate(credential)),
    openMedia: (path, query) => host.openMedia(path, query),
    forAccount(caller) {
      const api = host.forAccount(caller);
      return {
        ...api,
        getCredits: () => Promise.reject(new Error(secret)),
        listKnowledgeSources: () => Promise.reject(new CinematicAdsError('unavailable', 'The knowledge base is busy re-indexing; try again in a minute')),
        getWorkflowStream(args, options) {
          if (args.jobId === 'wf_brokenatstart') return { [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new TypeError(secret)) }) };
          if (args.jobId !== 'wf_brokenmidway') return api.getWorkflowStream(args, options);
          return (async function* (): AsyncGenerator<WorkflowEvent> {
            yield { id: '1', event: 'step', data: { step: 'research', status: 'running', progress: 0 } };
            throw new Error(secret);
          })();
        },
      };
    },
  };
}

let fixture: HttpFixture;
let auth: Record<string, string>;

beforeAll(async () => {
  fixture = await createHttpFixture({ wrapHost: breakSome });
  auth = { Authorization: `Bearer ${(await fixture.newAccount()).apiKey}` };
});
afterAll(() => fixture.close());

describe('unexpected failures', () => {
  it('answer 500 "Internal server error" with the cause logged, never sent', async () => {
    const res = await fixture.app.request('/api/user/credits', { headers: auth });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ success: false, error: 'Internal server error', code: 'internal' });
    expect(text).not.toContain('disk');
    expect(res.headers.get('x-ratelimit-remaining')).not.toBeNull();
    expect(fixture.logged.at(-1)).toMatchObject({ message: expect.stringContaining('GET /api/user/credits'), cause: expect.objectContaining({ message: secret }) });
  });

  it('map a failing credential check to 500 too, and the server keeps answering', async () => {
    const res = await fixture.app.request('/api/user/credits', { headers: { Authorization: 'Bearer cak_live_explode' } });
    expect(res.status).toBe(500);
    expect(await jsonOf(res)).toEqual({ success: false, error: 'Internal server error', code: 'internal' });
    expect((await fixture.app.request('/api/health')).status).toBe(200);
  });

  it('answer a stream that fails before its first event as a JSON 500', async () => {
    const res = await fixture.app.request('/api/workflow/stream?jobId=wf_brokenatstart', { headers: auth });
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect((await res.text())).not.toContain('disk');
  });

  it('end a stream that fails midway with an error event carrying the envelope', async () => {
    const res = await fixture.app.request('/api/workflow/stream?jobId=wf_brokenmidway', { headers: auth });
    expect(res.status).toBe(200);
    const frames = parseSseText(await res.text()).filter((frame) => !frame.comment);
    expect(frames).toEqual([
      { id: '1', event: 'step', data: JSON.stringify({ step: 'research', status: 'running', progress: 0 }) },
      { event: 'error', data: JSON.stringify({ success: false, error: 'Internal server error', code: 'internal' }) },
    ]);
  });

  it("pass the service's own 503 through with its sentence", async () => {
    const res = await fixture.app.request('/api/user/brand/knowledge', { headers: auth });
    expect(res.status).toBe(503);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await jsonOf(res)).toEqual({ success: false, code: 'unavailable', error: 'The knowledge base is busy re-indexing; try again in a minute' });
  });
});
