import { createHttpFixture } from './test/http/http-fixture.ts';
const f = await createHttpFixture({ listen: true });
const { apiKey } = await f.newAccount({ credits: 5 });
const res = await fetch(`${f.baseUrl}/api/workflow`, { method: 'POST', headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ type: 'cinematic', concept: 'A rain jacket', formats: '1:1', async: false }) });
const url = (await res.json() as any).result.videoUrl;
for (const range of [undefined, 'bytes=0-99', 'bytes=-10', 'bytes=500-', 'bytes=0-99']) {
  const t = performance.now();
  const r = await fetch(url, range ? { headers: { Range: range } } : {});
  const n = (await r.arrayBuffer()).byteLength;
  console.log(range, r.status, n, Math.round(performance.now() - t), 'ms');
}
await f.close();
