import busboy from 'busboy';
import type { Context } from 'hono';
import { CinematicAdsError } from '../contract/errors.ts';
import { formatBytes } from './body-limit-guard.ts';
import type { MultipartLimits } from './upload-limit.ts';

/** Text fields are small (a name, a note): a larger one is not a field this API takes. */
const maxFieldBytes = 64 * 1024;
const maxFields = 50;

/**
 * The fields of a multipart/form-data body, parsed by busboy while the request streams in: text
 * as strings, files as `File` objects handed to the service as they are. The operation's limits
 * are enforced as bytes arrive — a file past its size limit, or a body past its total, is refused
 * (413) at that moment, without reading the rest, so an oversized upload is never held in memory.
 * A field sent twice becomes an array, which validation then refuses where one value is expected.
 */
export async function readMultipartBody(c: Context, limits: MultipartLimits): Promise<Record<string, unknown>> {
  const contentType = c.req.header('Content-Type') ?? '';
  const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
  if (mediaType !== 'multipart/form-data') {
    throw new CinematicAdsError('invalid_request', `Request body must be multipart/form-data (got "${mediaType || 'none'}")`);
  }
  const body = c.req.raw.body;
  // No body at all: validation names the missing fields.
  if (!body) return {};
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { 'content-type': contentType },
      defParamCharset: 'utf8',
      // busboy reports reaching its limit, so one byte more: a file of exactly the maximum is allowed.
      limits: { fileSize: limits.maxFileBytes + 1, files: limits.maxFiles, fields: maxFields, fieldSize: maxFieldBytes, parts: limits.maxFiles + maxFields },
    });
  } catch {
    throw notMultipart('its Content-Type has no boundary');
  }
  return parseStream(body, parser, limits);
}

function parseStream(body: ReadableStream<Uint8Array>, parser: busboy.Busboy, limits: MultipartLimits): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const fields: Record<string, unknown> = {};
    let settled = false;
    let parsed = false;
    let openFiles = 0;
    const add = (name: string, value: unknown) => {
      const previous = fields[name];
      fields[name] = previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value];
    };
    const fail = (error: CinematicAdsError) => {
      if (settled) return;
      settled = true;
      reject(error);
    };
    const finishIfDone = () => {
      if (settled || !parsed || openFiles > 0) return;
      settled = true;
      resolve(fields);
    };

    parser.on('file', (name, stream, info) => {
      openFiles += 1;
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => {
        if (!settled) chunks.push(chunk);
      });
      stream.on('limit', () => {
        chunks.length = 0;
        fail(
          new CinematicAdsError('payload_too_large', `The file "${info.filename ?? name}" is too large: at most ${formatBytes(limits.maxFileBytes)} per file`, {
            details: { field: name, maxBytes: limits.maxFileBytes },
          }),
        );
      });
      // busboy destroys the file's stream when the body ends mid-file: without a listener that would be an uncaught error.
      stream.on('error', (error: Error) => fail(notMultipart(error.message)));
      stream.on('end', () => {
        openFiles -= 1;
        if (!settled) add(name, new File(chunks, info.filename ?? name, { type: info.mimeType }));
        finishIfDone();
      });
    });
    parser.on('field', (name, value, info) => {
      if (info.valueTruncated) fail(new CinematicAdsError('payload_too_large', `The form field "${name}" is too long: at most ${formatBytes(maxFieldBytes)}`));
      else add(name, value);
    });
    const tooMany = () =>
      fail(new CinematicAdsError('invalid_request', `Request body has too many parts: at most ${limits.maxFiles} file(s) and ${maxFields} fields`));
    parser.on('filesLimit', tooMany);
    parser.on('fieldsLimit', tooMany);
    parser.on('partsLimit', tooMany);
    parser.on('error', (error: Error) => fail(notMultipart(error.message)));
    parser.on('close', () => {
      parsed = true;
      finishIfDone();
    });

    void pump(body, parser, limits.maxBytes, () => settled).then(
      (overflow) => {
        if (overflow) fail(new CinematicAdsError('payload_too_large', `Request body is too large: at most ${formatBytes(limits.maxBytes)}`, { details: { maxBytes: limits.maxBytes } }));
      },
      () => fail(notMultipart('the upload was interrupted')),
    );
  });
}

/**
 * Feeds the request body to the parser with back-pressure, counting bytes. Stops reading as soon
 * as the parse is settled (refused, or done) or the total passes `maxBytes` (then resolves true).
 * The rest of the request is left unread — not cancelled, which would cut the connection before
 * the 413 is sent; the HTTP server discards it after answering.
 */
async function pump(body: ReadableStream<Uint8Array>, parser: busboy.Busboy, maxBytes: number, settled: () => boolean): Promise<boolean> {
  const reader = body.getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (settled()) return false;
      if (done) {
        parser.end();
        return false;
      }
      // Parsed before the total is checked, so a file over its own limit is refused in its own words.
      const flowing = parser.write(value);
      total += value.byteLength;
      if (settled()) return false;
      if (total > maxBytes) return true;
      if (!flowing) await drained(parser);
    }
  } finally {
    reader.releaseLock();
  }
}

function drained(parser: busboy.Busboy): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      parser.off('drain', done);
      parser.off('close', done);
      parser.off('error', done);
      resolve();
    };
    parser.on('drain', done);
    parser.on('close', done);
    parser.on('error', done);
  });
}

function notMultipart(reason: string): CinematicAdsError {
  return new CinematicAdsError('invalid_request', `Request body is not valid multipart/form-data: ${reason}`);
}
