/**
 * The API in a process of its own, for tests that need what Node reads only at startup (extra
 * trusted certificates: NODE_EXTRA_CA_CERTS). Configured from its environment through the same
 * loader as `cinematicads serve`; prints `{ url, apiKey }` as one JSON line once it listens, and
 * stops on SIGTERM. Run with `node --import tsx test/service/exports/export-api-process.ts`.
 */
import { loadConfig } from '../../../src/config.ts';
import { createHttpApp } from '../../../src/http/create-http-app.ts';
import { listenHttp } from '../../../src/http/http-server.ts';
import { createService } from '../../../src/service/service.ts';

const config = loadConfig(process.env);
let app: ReturnType<typeof createHttpApp> | undefined;
const server = await listenHttp((request, env) => app!.fetch(request, env), { port: 0, hostname: '127.0.0.1' });
const service = createService({ config, publicUrl: server.url, logError: () => {} });
await service.start();
app = createHttpApp(service, { config, version: '0.0.0-test', publicUrl: server.url, logError: () => {} });
const account = await service.accounts.createAccount({ name: 'Remote export', plan: 'agency', credits: 5 });
const { key } = await service.accounts.createApiKey(account.id, { name: 'test' });
process.stdout.write(`${JSON.stringify({ url: server.url, apiKey: key })}\n`);

process.once('SIGTERM', () => {
  void server
    .close(100)
    .then(() => service.close())
    .then(() => process.exit(0));
});
