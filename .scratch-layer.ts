import { execFileSync } from 'node:child_process';
import { Hono } from 'hono';
import { createHttpApp } from './src/http/create-http-app.ts';
import { listenHttp } from './src/http/http-server.ts';
import type { ServiceHost } from './src/service/service-ports.ts';
const account = { id: 'acc_1', name: 'A', plan: 'agency' as const, trialEndsAt: null, createdAt: '' };
const api: any = { getCredits: async () => ({ balance: 100, plan: 'agency', trialEndsAt: null }) };
const host: ServiceHost = {
  authenticate: async (c) => (c.apiKey === 'good' ? { account, credentialId: 'key_1', via: 'api-key' } : null),
  forAccount: () => api,
  public: { getHealth: async () => ({ status: 'ok', version: '0.1.0' }), getModelsStatus: async () => ({} as any), getOpenapiDocument: async () => ({ openapi: '3.1.0' } as any) },
  openMedia: async () => null, start: async () => {}, close: async () => {},
};
const app = createHttpApp(host, { config: { dataDir: '/tmp/x', rateLimits: { default: { limit: 1e9, windowSeconds: 60 } } }, version: '0', publicUrl: 'x' });
const s = await listenHttp(app.fetch, { port: 0, hostname: '127.0.0.1' });
const bareApp = new Hono().get('/bare', (c) => c.json({ success: true, data: { balance: 100, plan: 'agency', trialEndsAt: null } }));
const b = await listenHttp(bareApp.fetch, { port: 0, hostname: '127.0.0.1' });
const run = (url: string, h: string[] = []) => new Promise<string>((resolve) => {
  import('node:child_process').then(({ execFile }) => execFile(process.execPath, ['node_modules/autocannon/autocannon.js', '-c', '50', '-d', '5', '-j', ...h, url], (e, out) => { const r = JSON.parse(out); resolve(`${r.requests.average} req/s p50 ${r.latency.p50} p99 ${r.latency.p99}`); }));
});
await run(`${b.url}/bare`);
console.log('bare', await run(`${b.url}/bare`));
console.log('layer', await run(`${s.url}/api/user/credits`, ['-H', 'Authorization=Bearer good']));
console.log('bare', await run(`${b.url}/bare`));
console.log('layer', await run(`${s.url}/api/user/credits`, ['-H', 'Authorization=Bearer good']));
process.exit(0);
