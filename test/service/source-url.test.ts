import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobRecord } from '../../src/service/jobs/job-record.ts';
import { jobStoreKeys } from '../../src/service/jobs/job-store-keys.ts';
import { type LoopbackServer, startLoopbackServer } from '../net/loopback-server.ts';
import { collectEvents, type ServiceFixture, startService, tempDataDir } from './service-fixture.ts';

// A real 1×1 PNG: the page's product shot.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const page = `<!doctype html><html><head><title>Stovetop Kettle</title>
<meta name="description" content="An enamel kettle that whistles when the water is ready.">
<meta property="og:image" content="/hero.png"></head>
<body><main><h1>Stovetop Kettle</h1><ul><li>Boils 1.7 litres in four minutes</li><li>Stay-cool handle</li></ul></main></body></html>`;

const temp = tempDataDir('source');
let server: LoopbackServer;
let fixture: ServiceFixture;
beforeAll(async () => {
  server = await startLoopbackServer({
    '/kettle': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page),
    '/hero.png': (_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(png),
  });
  // Only this test server's port is reachable; every other private address stays refused.
  fixture = await startService(temp.dir, { config: { allowPrivateFor: [`127.0.0.1:${server.port}`] } });
});
afterAll(async () => {
  await fixture.service.close();
  await server.close();
  temp.cleanup();
});

describe('a launch with a source URL', () => {
  it('reads the page through the guarded fetch once and builds the ad from its facts and images', async () => {
    const { api } = await fixture.account({ credits: 2 });
    const { jobId } = await api.launchWorkflow({ type: 'staticad', url: server.url('/kettle') });
    const events = await collectEvents(api, jobId);
    expect(events.at(-1)).toMatchObject({ event: 'result', data: { success: true, images: expect.any(Array) } });
    expect(events).toContainEqual(expect.objectContaining({ event: 'progress', data: expect.objectContaining({ step: 'research', message: `Reading ${server.url('/kettle')}` }) }));

    const stored = await fixture.store.get<JobRecord>(jobStoreKeys.job(jobId));
    expect(stored?.brief.source).toMatchObject({ title: 'Stovetop Kettle', images: [expect.stringContaining(`${jobId}/.source/`)] });
    expect((await api.listProjects()).projects[0]).toMatchObject({ jobId, name: 'Stovetop Kettle', url: server.url('/kettle') });
    expect(server.hits.filter((hit) => hit === '/kettle')).toHaveLength(1);
  });

  it('fails and refunds a job whose page is on a private address that is not allowed', async () => {
    const { api } = await fixture.account({ credits: 2 });
    const { jobId } = await api.launchWorkflow({ type: 'staticad', url: 'http://127.0.0.1:9/admin' });
    const events = await collectEvents(api, jobId);
    expect(events.at(-1)).toMatchObject({
      event: 'result',
      data: { success: false, refunded: 1, error: 'Refused to fetch http://127.0.0.1:9/admin: 127.0.0.1 is a loopback address' },
    });
    expect((await api.getWorkflow({ jobId })).status).toBe('failed');
    expect((await api.getCredits()).balance).toBe(2);
  });
});
