import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
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
const s = await listenHttp(app.fetch, { port: 40125, hostname: '127.0.0.1' });
const session = new Session(); session.connect();
await session.post('HeapProfiler.enable');
setTimeout(async () => { await session.post('HeapProfiler.startSampling', { samplingInterval: 4096 }); }, 3000);
setTimeout(async () => { const { profile } = await session.post('HeapProfiler.stopSampling'); writeFileSync('/tmp/heap.json', JSON.stringify(profile)); await s.close(0); process.exit(0); }, 8000);
