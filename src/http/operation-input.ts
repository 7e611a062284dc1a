import type { Context } from 'hono';
import type { WireInput } from '../contract/operation-args.ts';
import type { OperationDefinition } from '../contract/operations/operation-definition.ts';
import { readJsonBody } from './json-body.ts';
import { readMultipartBody } from './multipart-body.ts';
import { multipartLimitsOf } from './upload-limit.ts';

/**
 * The raw parts of a request as the operation defines them — path parameters, query (the first
 * value of each name) and body (JSON or multipart) — before validation.
 */
export async function readOperationInput(c: Context, operation: OperationDefinition): Promise<Partial<WireInput>> {
  const { params, query, body, bodyEncoding } = operation.input;
  return {
    params: params ? c.req.param() : {},
    query: query ? c.req.query() : {},
    body: body ? await (bodyEncoding === 'multipart' ? readMultipartBody(c, multipartLimitsOf(body)) : readJsonBody(c)) : undefined,
  };
}
