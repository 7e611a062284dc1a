import type { SpendOptions } from '../contract/interface.ts';

/**
 * The options a request hands to an interface method. `signal` (aborted when the client leaves)
 * is a getter, made only when the method reads it: on Node, making one for every request costs a
 * noticeable share of a quick request, and most calls never wait. (A getter on the class, not one
 * defined per object, which would cost about as much.)
 */
export class RequestCallOptions implements SpendOptions {
  readonly idempotencyKey: string | undefined;
  readonly #request: Request;

  constructor(request: Request, idempotencyKey: string | undefined) {
    this.#request = request;
    this.idempotencyKey = idempotencyKey;
  }

  get signal(): AbortSignal {
    return this.#request.signal;
  }
}
