import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { exportProjects } from '../../src/contract/operations/account.ts';
import { exportVideo } from '../../src/contract/operations/platform.ts';
import type { AppEnv } from '../../src/http/app-env.ts';
import { binaryResponse } from '../../src/http/binary-response.ts';

// The service's exports arrive with a later issue; the response shape is checked on its own here.
describe('binaryResponse', () => {
  it('streams a web stream with its type and an attachment name', async () => {
    const app = new Hono<AppEnv>().get('/zip', (c) =>
      binaryResponse(c, exportProjects, {
        contentType: 'application/zip',
        filename: 'projects "2025".zip',
        body: new ReadableStream({ start: (controller) => (controller.enqueue(new TextEncoder().encode('PK')), controller.close()) }),
      }),
    );
    const res = await app.request('/zip');
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="projects _2025_.zip"; filename*=UTF-8''projects%20_2025_.zip`);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(await res.text()).toBe('PK');
  });

  it('streams an async iterable, falling back on the operation\'s type and name', async () => {
    async function* chunks() {
      yield new Uint8Array([1, 2]);
      yield new Uint8Array([3]);
    }
    const app = new Hono<AppEnv>().get('/mp4', (c) => binaryResponse(c, exportVideo, { contentType: '', body: chunks() }));
    const res = await app.request('/mp4');
    expect(res.headers.get('content-type')).toBe('video/mp4');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="export_video\.mp4"/);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });
});
