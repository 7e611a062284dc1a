import { createHttpFixture } from './test/http/http-fixture.ts';
const f = await createHttpFixture();
await f.app.request('/api/health');
console.log((f.app as any).router.name, (f.app as any).router.activeRouter?.name);
await f.close();
