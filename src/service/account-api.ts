import type { CinematicAds } from '../contract/interface.ts';
import type { AccountContext } from './account-context.ts';
import { accountMethods } from './account-methods.ts';
import { checkApiAccess } from './accounts/plan-checks.ts';
import type { Caller } from './service-ports.ts';
import { deferredIterable } from './events/deferred-iterable.ts';
import { exportMethods } from './export-methods.ts';
import type { InFlightCalls } from './in-flight-calls.ts';
import { knowledgeMethods } from './knowledge-methods.ts';
import type { PublicApi } from './public-api.ts';
import { webhookMethods } from './webhook-methods.ts';
import { workflowMethods } from './workflow-methods.ts';

/**
 * One caller's CinematicAds: every method of the interface. A Bearer key on a plan without API
 * access is refused (403) by every account method — on first iteration for the stream.
 */
export function accountApi(ctx: AccountContext, publicApi: PublicApi, calls: InFlightCalls): CinematicAds {
  const { getWorkflowStream, ...methods } = { ...workflowMethods(ctx), ...accountMethods(ctx), ...knowledgeMethods(ctx), ...webhookMethods(ctx), ...exportMethods(ctx) };
  return {
    ...guardCalls(ctx.caller, methods, calls),
    getWorkflowStream: (args, options) =>
      deferredIterable(
        async () => {
          checkApiAccess(ctx.caller);
          return getWorkflowStream(args, options)[Symbol.asyncIterator]();
        },
        (event) => event,
      ),
    ...publicApi,
  };
}

/** Any async method, whatever its parameters: the guard passes them through untouched. */
type AsyncMethods = Record<string, (...args: any[]) => Promise<unknown>>;

function guardCalls<T extends AsyncMethods>(caller: Caller, methods: T, calls: InFlightCalls): T {
  const guarded: AsyncMethods = {};
  for (const [name, method] of Object.entries(methods)) {
    guarded[name] = (...args) =>
      calls.run(async () => {
        checkApiAccess(caller);
        return method(...args);
      });
  }
  return guarded as T;
}
