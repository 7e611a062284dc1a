import { methodNameOf } from '../contract/method-names.ts';
import type { OperationDefinition } from '../contract/operations/operation-definition.ts';
import type { Caller, ServiceHost } from '../service/service-ports.ts';

/** Calls the interface method implementing one operation, for the request's caller. */
export type OperationCall = (caller: Caller | null, args: Record<string, unknown>, options: object) => unknown;

type MethodTable = Record<string, (args: Record<string, unknown>, options: object) => unknown>;

/**
 * The dispatcher of an operation, resolved once at start-up: the caller's view of the API for
 * account operations, the host's public face for the rest. Refuses to start when the public face
 * lacks a method the table needs.
 */
export function operationCall(host: ServiceHost, operation: OperationDefinition): OperationCall {
  const name = methodNameOf(operation.name);
  if (!operation.auth) {
    const face = host.public as unknown as MethodTable;
    if (typeof face[name] !== 'function') throw new Error(`ServiceHost.public lacks ${name} for ${operation.method} ${operation.path}`);
    return (_caller, args, options) => face[name]!(args, options);
  }
  return (caller, args, options) => {
    // The route admits no anonymous request to an account operation; this guards the wiring.
    if (!caller) throw new Error(`${operation.name} reached without a caller`);
    const api = host.forAccount(caller) as unknown as MethodTable;
    const method = api[name];
    if (typeof method !== 'function') throw new Error(`The service has no method ${name} for ${operation.method} ${operation.path}`);
    return method.call(api, args, options);
  };
}
