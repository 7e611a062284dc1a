import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpFixture, type HttpFixture, jsonOf } from './http-fixture.ts';

const boundary = 'knowledgeLimitBoundary';
const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="huge.txt"\r\nContent-Type: text/plain\r\n\r\n`);
const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
const chunk = Buffer.alloc(64 * 1024, 0x61);
const MB = 1024 * 1024;

/** A multipart body generated on demand, `fileBytes` of text long, counting what the server pulled. */
function lazyUpload(fileBytes: number) {
  let sent = 0;
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent === 0) {
        pulled += head.length;
        controller.enqueue(new Uint8Array(head));
      }
      if (sent >= fileBytes) {
        pulled += tail.length;
        controller.enqueue(new Uint8Array(tail));
        controller.close();
        return;
      }
      const piece = chunk.subarray(0, Math.min(chunk.length, fileBytes - sent));
      sent += piece.length;
      pulled += piece.length;
      controller.enqueue(new Uint8Array(piece));
    },
  });
  return { stream, pulled: () => pulled };
}

let fixture: HttpFixture;
let apiKey: string;
beforeAll(async () => {
  fixture = await createHttpFixture({ listen: true });
  apiKey = (await fixture.newAccount()).apiKey;
});
afterAll(() => fixture.close());

describe('the 10 MB upload limit is enforced while the body streams', () => {
  it('refuses a 100 MB upload with 413 after reading little more than 10 MB of it, never holding it', async () => {
    const upload = lazyUpload(100 * MB);
    const before = process.memoryUsage().arrayBuffers;
    const res = await fixture.app.request('/api/user/brand/knowledge/files', {
      method: 'POST',
      headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': `multipart/form-data; boundary=${boundary}` },
      body: upload.stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(await jsonOf(res)).toMatchObject({ success: false, code: 'payload_too_large', error: 'The file "huge.txt" is too large: at most 10 MB per file' });
    expect(upload.pulled()).toBeGreaterThan(10 * MB);
    expect(upload.pulled()).toBeLessThan(10 * MB + 512 * 1024);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(40 * MB);
  });

  it('over a socket, answers 413 while the client is still sending: the refusal does not wait for the rest of the body', async () => {
    const url = new URL('/api/user/brand/knowledge/files', fixture.baseUrl);
    const status = await new Promise<{ status: number; body: string; written: number }>((resolve, reject) => {
      let written = 0;
      const req = httpRequest(url, {
        method: 'POST',
        headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': `multipart/form-data; boundary=${boundary}`, 'Transfer-Encoding': 'chunked' },
      });
      req.on('response', (res) => {
        let body = '';
        res.on('data', (data: Buffer) => (body += data.toString()));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, body, written });
          req.destroy();
        });
      });
      req.on('error', reject);
      // 10.5 MB of file, then the request is left open: a server that needed the whole body would never answer.
      const write = () => {
        if (written === 0) req.write(head);
        while (written < 10.5 * MB) {
          written += chunk.length;
          if (!req.write(chunk)) return req.once('drain', write);
        }
      };
      write();
    });
    expect(status.status).toBe(413);
    expect(JSON.parse(status.body)).toMatchObject({ code: 'payload_too_large', error: 'The file "huge.txt" is too large: at most 10 MB per file' });
    expect(status.written).toBeLessThan(11 * MB);
  });

  it('refuses at once from a Content-Length over the limit, before any of the body is sent', async () => {
    const url = new URL('/api/user/brand/knowledge/files', fixture.baseUrl);
    const res = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(url, {
        method: 'POST',
        headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': `multipart/form-data; boundary=${boundary}`, 'Content-Length': String(11 * MB) },
      });
      req.on('response', (response) => {
        let body = '';
        response.on('data', (data: Buffer) => (body += data.toString()));
        response.on('end', () => {
          resolve({ status: response.statusCode ?? 0, body });
          req.destroy();
        });
      });
      req.on('error', reject);
      req.flushHeaders();
    });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error).toBe('Request body is too large: at most 10.1 MB for POST /api/user/brand/knowledge/files');
  });

  it('accepts a file of exactly 10 MB', async () => {
    const upload = lazyUpload(10 * MB);
    const res = await fixture.app.request('/api/user/brand/knowledge/files', {
      method: 'POST',
      headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': `multipart/form-data; boundary=${boundary}` },
      body: upload.stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(200);
    const { data } = await jsonOf(res);
    expect(data).toMatchObject({ filename: 'huge.txt', bytes: 10 * MB });
  });

  it('refuses a second file and an oversized text field with a sentence, and a body cut short as not multipart', async () => {
    const headers = { Authorization: `Bearer ${apiKey}` };
    const two = new FormData();
    two.append('file', new File(['a'], 'a.txt'));
    two.append('file', new File(['b'], 'b.txt'));
    const twoFiles = await fixture.app.request('/api/user/brand/knowledge/files', { method: 'POST', headers, body: two });
    expect(twoFiles.status).toBe(400);
    expect((await jsonOf(twoFiles)).error).toBe('Request body has too many parts: at most 1 file(s) and 50 fields');

    const longField = new FormData();
    longField.set('note', 'x'.repeat(65 * 1024));
    longField.set('file', new File(['a'], 'a.txt'));
    const tooLong = await fixture.app.request('/api/user/brand/knowledge/files', { method: 'POST', headers, body: longField });
    expect(tooLong.status).toBe(413);
    expect((await jsonOf(tooLong)).error).toBe('The form field "note" is too long: at most 64 KB');

    const cut = await fixture.app.request('/api/user/brand/knowledge/files', {
      method: 'POST',
      headers: { ...headers, 'Content-Type': `multipart/form-data; boundary=${boundary}` },
      body: Buffer.concat([head, Buffer.from('half a file')]),
    });
    expect(cut.status).toBe(400);
    expect((await jsonOf(cut)).error).toBe('Request body is not valid multipart/form-data: Unexpected end of form');
  });
});
