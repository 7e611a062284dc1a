import type { z } from 'zod';
import { accountOperations } from './operations/account.ts';
import { apiKeyOperations } from './operations/api-keys.ts';
import { batchOperations } from './operations/batch.ts';
import { brandOperations } from './operations/brand.ts';
import { knowledgeOperations } from './operations/knowledge.ts';
import type { OperationDefinition } from './operations/operation-definition.ts';
import { platformOperations } from './operations/platform.ts';
import { webhookOperations } from './operations/webhooks.ts';
import { workflowOperations } from './operations/workflow.ts';

/**
 * Every route of the API, once, as data. The REST router, the OpenAPI document, the remote
 * client and the tool catalog are derived from this table. Order matters for routers that match
 * in registration order: a static path comes before a parameterised one it could be read as.
 */
export const operations = [
  ...workflowOperations,
  ...batchOperations,
  ...accountOperations,
  ...apiKeyOperations,
  ...brandOperations,
  ...knowledgeOperations,
  ...webhookOperations,
  ...platformOperations,
] as const;

export type AnyOperation = (typeof operations)[number];
export type OperationName = AnyOperation['name'];
export type OperationOf<N extends OperationName> = Extract<AnyOperation, { name: N }>;

export const operationsByName = Object.fromEntries(operations.map((operation) => [operation.name, operation])) as {
  readonly [N in OperationName]: OperationOf<N>;
};

export function findOperation<N extends OperationName>(name: N): OperationOf<N>;
export function findOperation(name: string): AnyOperation | undefined;
export function findOperation(name: string): AnyOperation | undefined {
  return Object.hasOwn(operationsByName, name) ? operationsByName[name as OperationName] : undefined;
}

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type InputPart<Input, Part extends 'params' | 'query' | 'body'> = Input extends { [P in Part]: infer S extends z.ZodType }
  ? z.input<S>
  : unknown;

/**
 * The arguments of an operation as one flat object: path parameters, query and body fields side
 * by side (no name is used twice; a test checks it). `splitOperationArgs` puts each back in place.
 */
export type OperationArgs<Op extends OperationDefinition> = FlatArgs<
  InputPart<Op['input'], 'params'> & InputPart<Op['input'], 'query'> & InputPart<Op['input'], 'body'>
>;

/** No input at all reads as `{}`-with-no-keys rather than `unknown`, which would accept anything. */
type FlatArgs<T> = unknown extends T ? Record<string, never> : Simplify<T>;

/** A downloaded file: the response of `binary` operations. */
export interface BinaryResponse {
  contentType: string;
  body: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;
  /** Suggested file name, from Content-Disposition. */
  filename?: string;
}

export type OperationResult<Op extends OperationDefinition> = Op['response'] extends { kind: 'binary' }
  ? BinaryResponse
  : Op['output'] extends z.ZodType
    ? Op['response'] extends { kind: 'sse' }
      ? AsyncIterable<z.output<Op['output']>>
      : z.output<Op['output']>
    : never;

export type ArgsOf<N extends OperationName> = OperationArgs<OperationOf<N>>;
export type ResultOf<N extends OperationName> = OperationResult<OperationOf<N>>;
