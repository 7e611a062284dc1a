import { createHttpApp } from './src/http/create-http-app.ts';
import { listenHttp } from './src/http/http-server.ts';
import type { ServiceHost } from './src/service/service-ports.ts';
const account = { id: 'acc_1', name: 'A', plan: 'pro' as const, trialEndsAt: null, createdAt: '' };
let aborted = 0;
const api: any = { getWorkflowStream: (args: any, o: any) => (async function* () {
    o.signal.addEventListener('abort', () => { aborted++; console.log('service saw abort'); });
    yield { id: '1', event: 'step', data: { step: 'art_direction', status: 'completed', progress: 20 } };
    await new Promise((r) => o.signal.addEventListener('abort', r));
  })() };
const host: ServiceHost = {
  authenticate: async (c) => (c.apiKey === 'good' ? { account, credentialId: 'key_1', via: 'api-key' } : null),
  forAccount: () => api,
  public: { getHealth: async () => ({ status: 'ok', version: '0.1.0' }), getModelsStatus: async () => ({} as any), getOpenapiDocument: async () => ({ openapi: '3.1.0' } as any) },
  openMedia: async () => null, start: async () => {}, close: async () => {},
};
const closing = new AbortController();
const app = createHttpApp(host, { config: { dataDir: '/tmp/x', sseHeartbeatMs: 50 }, version: '0.1.0', publicUrl: 'x', closing: closing.signal });
const server = await listenHttp(app.fetch, { port: 0, hostname: '127.0.0.1' });
const ac = new AbortController();
const res = await fetch(`${server.url}/api/workflow/stream?jobId=wf_abc123xyz`, { headers: { Authorization: 'Bearer good' }, signal: ac.signal });
const reader = res.body!.getReader();
console.log(new TextDecoder().decode((await reader.read()).value));
console.log(new TextDecoder().decode((await reader.read()).value));
ac.abort();
await new Promise((r) => setTimeout(r, 200));
console.log('aborted count', aborted);
// closing
const res2 = await fetch(`${server.url}/api/workflow/stream?jobId=wf_abc123xyz`, { headers: { Authorization: 'Bearer good' } });
const t0 = Date.now();
closing.abort();
const text = await res2.text();
console.log('stream ended on closing', JSON.stringify(text).slice(0, 200), Date.now() - t0, 'ms');
await server.close();
console.log('closed; aborted count', aborted);
