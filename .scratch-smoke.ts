import { createHttpApp } from './src/http/create-http-app.ts';
import { CinematicAdsError } from './src/contract/errors.ts';
import type { ServiceHost } from './src/service/service-ports.ts';
const account = { id: 'acc_1', name: 'A', plan: 'pro' as const, trialEndsAt: null, createdAt: '' };
const api: any = new Proxy({}, { get: (_t, name) => {
  if (name === 'getCredits') return async () => ({ credits: 5 });
  if (name === 'launchWorkflow') return async (args: any, o: any) => ({ cost: 2, message: 'Workflow queued', jobId: 'wf_abc123xyz' });
  if (name === 'getWorkflowStream') return (args: any, o: any) => (async function* () {
    if (args.jobId !== 'wf_abc123xyz') throw new CinematicAdsError('not_found', 'No job');
    yield { id: '1', event: 'step', data: { step: 'art_direction', status: 'completed', progress: 20 } };
    await new Promise(r => setTimeout(r, 300));
    yield { id: '2', event: 'result', data: { success: true, videoUrl: 'http://x', duration: 15 } };
  })();
  if (name === 'getWorkflow') return async () => { throw new Error('boom'); };
  return async (args: any) => ({ name, args });
}});
const host: ServiceHost = {
  authenticate: async (c) => (c.apiKey === 'good' ? { account, credentialId: 'key_1', via: 'api-key' } : null),
  forAccount: () => api,
  public: { getHealth: async () => ({ status: 'ok', version: '0.1.0' }), getModelsStatus: async () => ({} as any), getOpenapiDocument: async () => ({ openapi: '3.1.0' } as any) },
  openMedia: async () => null, start: async () => {}, close: async () => {},
};
const app = createHttpApp(host, { config: { dataDir: '/tmp/x', rateLimits: { launch: { limit: 2, windowSeconds: 60 } }, sseHeartbeatMs: 100 }, version: '0.1.0', publicUrl: 'http://localhost:3000', logError: (m, c) => console.log('LOGGED', m, String(c)) });
const auth = { Authorization: 'Bearer good' };
async function show(label: string, res: Response) { console.log(label, res.status, Object.fromEntries(res.headers), await res.text()); }
await show('health', await app.request('/api/health'));
await show('credits noauth', await app.request('/api/user/credits'));
await show('credits', await app.request('/api/user/credits', { headers: auth }));
await show('launch', await app.request('/api/workflow', { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: JSON.stringify({ type: 'cinematic', concept: 'x', quality: 'premium', formats: '9:16,1:1', async: true }) }));
await show('launch bad', await app.request('/api/workflow', { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: JSON.stringify({ type: 'nope' }) }));
await show('launch malformed', await app.request('/api/workflow', { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: '{"type":' }));
await show('launch 429', await app.request('/api/workflow', { method: 'POST', headers: { ...auth, 'Content-Type': 'text/plain' }, body: 'x' }));
await show('404', await app.request('/nope', { headers: auth }));
await show('500', await app.request('/api/workflow/wf_abc123xyz', { headers: auth }));
await show('stream 404', await app.request('/api/workflow/stream?jobId=wf_zzzzzzzzzz', { headers: auth }));
await show('stream', await app.request('/api/workflow/stream?jobId=wf_abc123xyz', { headers: auth }));
await show('options', await app.request('/api/workflow', { method: 'OPTIONS', headers: { Origin: 'http://a.b', 'Access-Control-Request-Method': 'POST' } }));
