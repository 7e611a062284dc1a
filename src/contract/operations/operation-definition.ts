import type { z } from 'zod';
import type { ErrorCode } from '../errors.ts';
import type { RateClass } from '../rate-classes.ts';

export type HttpMethod = 'GET' | 'POST' | 'DELETE';

/**
 * How the success body is wrapped: `data` → `{success:true, data}`; `top-level` → the output's
 * fields beside `success` (the launch [seed]); `none` → sent as is (SSE, binaries, the OpenAPI
 * document). Errors always use the error envelope.
 */
export type Envelope = 'data' | 'top-level' | 'none';

export type OperationSource = 'seed' | 'ext';

export type OperationResponse =
  | { kind: 'json' }
  | { kind: 'sse'; contentType: 'text/event-stream' }
  | { kind: 'binary'; contentType: string };

export interface OperationInput {
  /** Path parameters, named as in the path (`:jobId`). */
  params?: z.ZodObject;
  /** Query string; every value arrives as a string, so numbers are coerced. */
  query?: z.ZodObject;
  body?: z.ZodObject;
  /** How the body travels; `multipart` is for file uploads. Default `json`. */
  bodyEncoding?: 'json' | 'multipart';
}

export interface OperationDefinition {
  /** snake_case, unique; also the MCP tool name and the OpenAPI operationId. */
  name: string;
  method: HttpMethod;
  /** Hono-style path: `/api/workflow/:jobId`. */
  path: string;
  /** Whether a Bearer key or a session cookie is required (401 without). */
  auth: boolean;
  rateClass: RateClass;
  /** Spends credits: an `Idempotency-Key` header makes a retry safe. */
  spendsCredits: boolean;
  input: OperationInput;
  /** Schema of `data` (json), of one event (sse), or null (binary). */
  output: z.ZodType | null;
  response: OperationResponse;
  envelope: Envelope;
  /** Errors particular to this operation, beyond those its auth, input and credits imply. */
  errors: readonly ErrorCode[];
  /** One line: what it does. */
  summary: string;
  /** For people and models: what it does, when to use it and when not, what it costs in credits and time. */
  description: string;
  tags: readonly string[];
  /** `seed`: documented by the hosted service, must match it exactly; `ext`: ours. */
  source: OperationSource;
  /**
   * Literal examples from the docs, shown in the OpenAPI document: the request body, and the
   * whole success body as on the wire (envelope included) or, for a stream, its text.
   */
  examples?: { request?: unknown; response?: unknown };
}

type InputKey = 'params' | 'query' | 'body' | 'bodyEncoding';

/** The input with every key known: the ones given keep their exact schema, the others are `?: undefined`. */
export type CompleteInput<Input> = Input & { [K in Exclude<InputKey, keyof Input>]?: undefined };

/**
 * Keeps each definition's literal types (names, schemas) so inputs and outputs can be inferred,
 * while code that walks the whole table can still read `input.params` on any definition.
 */
export function defineOperation<const Op extends OperationDefinition>(
  operation: Op,
): Omit<Op, 'input'> & { input: CompleteInput<Op['input']> } {
  // Only the static type changes: keys left out are indeed undefined at run time.
  return operation as Omit<Op, 'input'> & { input: CompleteInput<Op['input']> };
}
