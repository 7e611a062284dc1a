import { CinematicAdsError } from './errors.ts';
import type { OperationDefinition } from './operations/operation-definition.ts';
import { parseOrThrow } from './validation.ts';

export interface WireInput {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  /** Undefined for operations without a body. */
  body: Record<string, unknown> | undefined;
}

function keysOf(schema: { shape: Record<string, unknown> } | undefined): Set<string> {
  return new Set(Object.keys(schema?.shape ?? {}));
}

/** Splits the flat arguments of an interface call into path parameters, query and body. */
export function splitOperationArgs(operation: OperationDefinition, args: Record<string, unknown> = {}): WireInput {
  const paramKeys = keysOf(operation.input.params);
  const queryKeys = keysOf(operation.input.query);
  const wire: WireInput = { params: {}, query: {}, body: operation.input.body ? {} : undefined };
  for (const [key, value] of Object.entries(args)) {
    if (value === undefined) continue;
    if (paramKeys.has(key)) wire.params[key] = value;
    else if (queryKeys.has(key)) wire.query[key] = value;
    // Unknown keys go to the body, where validation names them; without a body they are ignored.
    else if (wire.body) wire.body[key] = value;
  }
  return wire;
}

/** Validates each part of a request against the operation's schemas (400 naming each bad field). */
export function parseOperationInput(operation: OperationDefinition, wire: Partial<WireInput>): WireInput {
  const { params, query, body } = operation.input;
  return {
    params: params ? parseOrThrow(params, wire.params ?? {}, 'path parameters') : {},
    query: query ? parseOrThrow(query, wire.query ?? {}, 'query') : {},
    body: body ? parseOrThrow(body, wire.body ?? {}, 'request body') : undefined,
  };
}

/** Fills `:name` segments of the operation's path, escaping each value. */
export function fillPath(operation: Pick<OperationDefinition, 'path'>, params: Record<string, unknown>): string {
  return operation.path.replace(/:([A-Za-z0-9_]+)/g, (_segment, name: string) => {
    const value = params[name];
    if (value === undefined || value === null || value === '') {
      throw new CinematicAdsError('invalid_request', `Invalid path parameters: ${name} is required for ${operation.path}`);
    }
    return encodeURIComponent(String(value));
  });
}
