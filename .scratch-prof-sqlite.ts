import { createHttpApp } from './src/http/create-http-app.ts';
import { createService } from './src/service/service.ts';
import { createKeyValueStore } from './src/store/create-key-value-store.ts';
import { mkdtempSync } from 'node:fs';
const config = { dataDir: mkdtempSync('/tmp/prof-'), store: 'sqlite' as const, rateLimits: { default: { limit: 1e9, windowSeconds: 60 } } };
const service = createService({ config, publicUrl: 'http://x' });
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

