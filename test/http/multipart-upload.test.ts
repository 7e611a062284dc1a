import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceHost } from '../../src/service/service-ports.ts';
import { createHttpFixture, type HttpFixture, jsonOf } from './http-fixture.ts';

/** What the service's upload method received, then handed on to the real method. */
const received: unknown[] = [];

function recordUploads(host: ServiceHost): ServiceHost {
  return {
    ...host,
    authenticate: (credential) => host.authenticate(credential),
    openMedia: (path, query) => host.openMedia(path, query),
    forAccount(caller) {
      const api = host.forAccount(caller);
      return {
        ...api,
        uploadKnowledgeFile(args, options) {
          received.push(args);
          return api.uploadKnowledgeFile(args, options);
        },
      };
    },
  };
}

let fixture: HttpFixture;
let auth: Record<string, string>;

beforeAll(async () => {
  fixture = await createHttpFixture({ wrapHost: recordUploads });
  auth = { Authorization: `Bearer ${(await fixture.newAccount()).apiKey}` };
});
afterAll(() => fixture.close());

describe('multipart uploads', () => {
  it('hand the validated File to the service as it came, and pass its answer through', async () => {
    const form = new FormData();
    form.set('file', new File(['Price list\nLinen shirt: 49 EUR\n'], 'prices.txt', { type: 'text/plain' }));
    const res = await fixture.app.request('/api/user/brand/knowledge/files', { method: 'POST', headers: auth, body: form });
    expect(received).toHaveLength(1);
    const { file } = received[0] as { file: File };
    expect(file).toBeInstanceOf(File);
    expect(file.name).toBe('prices.txt');
    expect(await file.text()).toBe('Price list\nLinen shirt: 49 EUR\n');
    expect(res.status).toBe(200);
    expect((await jsonOf(res)).data).toMatchObject({ kind: 'file', filename: 'prices.txt', contentType: 'text/plain', status: 'indexed', passages: 1 });
  });

  it('refuse a file type the schema does not accept before the service sees it', async () => {
    const form = new FormData();
    form.set('file', new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'logo.png', { type: 'image/png' }));
    const res = await fixture.app.request('/api/user/brand/knowledge/files', { method: 'POST', headers: auth, body: form });
    expect(res.status).toBe(400);
    expect((await jsonOf(res)).error).toMatch(/^Invalid request body: file: must be one of PDF, DOCX, XLSX, CSV, TXT/);
    expect(received).toHaveLength(1);
  });
});
