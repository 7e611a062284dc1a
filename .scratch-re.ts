import { Hono } from 'hono';
import { RegExpRouter } from 'hono/router/reg-exp-router';
import { operations } from './src/contract/operations.ts';
const app = new Hono({ router: new RegExpRouter() });
app.use(async (_c, next) => next());
for (const op of operations) app.on(op.method, op.path, async (_c, next) => next(), (c) => c.text(op.name));
app.get('/media/*', (c) => c.text('m'));
app.get('/', (c) => c.text('l'));
try { console.log(await (await app.request('/api/workflow/stream')).text(), await (await app.request('/api/workflow/abc')).text()); } catch (e) { console.log('ERR', e); }
