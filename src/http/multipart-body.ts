import type { Context } from 'hono';
import { CinematicAdsError } from '../contract/errors.ts';

/**
 * The fields of a multipart/form-data body: text as strings, files as `File` objects handed to
 * the service as they are. A field sent twice becomes an array, which validation then refuses
 * where one value is expected.
 */
export async function readMultipartBody(c: Context): Promise<Record<string, unknown>> {
  const mediaType = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (mediaType !== 'multipart/form-data') {
    throw new CinematicAdsError('invalid_request', `Request body must be multipart/form-data (got "${mediaType || 'none'}")`);
  }
  let form: FormData;
  try {
    form = await c.req.formData();
  } catch {
    throw new CinematicAdsError('invalid_request', 'Request body is not valid multipart/form-data');
  }
  const fields: Record<string, unknown> = {};
  for (const [name, value] of form.entries()) {
    const previous = fields[name];
    fields[name] = previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return fields;
}
