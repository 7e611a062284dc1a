import type { Caller } from '../service/service-ports.ts';

/** What a request carries through the app. */
export interface AppEnv {
  Variables: {
    requestId: string;
    /** Set once a route has admitted the request. */
    caller: Caller | null;
    /** Headers every response to this request carries (see response-headers.ts). */
    headers: Record<string, string>;
  };
}
