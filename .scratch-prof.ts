import { createHttpApp } from './src/http/create-http-app.ts';
import { createService } from './src/service/service.ts';
import { memoryKeyValueStore } from './src/store/memory-key-value-store.ts';
const config = { dataDir: '/tmp/prof', rateLimits: { default: { limit: 1e9, windowSeconds: 60 } } };
const service = createService({ config, store: memoryKeyValueStore(), publicUrl: 'http://x' });
await service.start();
const acc = await service.accounts.createAccount({ name: 'B', plan: 'agency', credits: 100 });
const { key } = await service.accounts.createApiKey(acc.id);
const app = createHttpApp(service, { config, version: 'x', publicUrl: 'http://x' });
const N = 5000;
async function time(label: string, fn: () => Promise<unknown>) {
  for (let i = 0; i < 500; i++) await fn();
  const t = performance.now();
  for (let i = 0; i < N; i++) await fn();
  console.log(label, ((performance.now() - t) / N * 1000).toFixed(1), 'µs');
}
await time('authenticate', () => service.authenticate({ apiKey: key }));
const caller = (await service.authenticate({ apiKey: key }))!;
await time('getCredits', () => service.forAccount(caller).getCredits());
await time('forAccount', async () => service.forAccount(caller));
await time('app.request credits', () => app.request('/api/user/credits', { headers: { Authorization: `Bearer ${key}` } }));
await time('app.request health', () => app.request('/api/health'));

const s2 = createService({ config, store: memoryKeyValueStore(), publicUrl: 'http://x' });
const app2 = createHttpApp(s2, { config, version: 'x', publicUrl: 'http://x' });
await time('app.request landing', () => app2.request('/'));
await time('app.request 404', () => app2.request('/zzz'));
const { Hono } = await import('hono');
const bare = new Hono().get('/bare', (c) => c.json({ success: true }));
await time('bare app.request', () => bare.request('/bare'));
const { requestId } = await import('hono/request-id');
const withId = new Hono(); withId.use(requestId()); withId.get('/bare', (c) => c.json({ success: true }));
await time('bare + requestId', () => withId.request('/bare'));
const { corsPolicy } = await import('./src/http/cors-policy.ts');
const withCors = new Hono(); withCors.use(corsPolicy()); withCors.get('/bare', (c) => c.json({ success: true }));
await time('bare + cors', () => withCors.request('/bare'));
