import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { ErrorCode, McpError, SubscribeRequestSchema, UnsubscribeRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import type { CinematicAds } from '../../contract/interface.ts';
import type { WorkflowJob } from '../../contract/schemas/workflow-job.ts';
import { asResourceError, type LogError } from './resource-errors.ts';
import { projectIdOfUri } from './resource-uris.ts';

const endedStates: ReadonlySet<WorkflowJob['status']> = new Set(['completed', 'failed', 'cancelled']);

/** Each subscription follows a job stream; a session gets this many at most, so one client cannot hold streams without bound. */
export const maxSubscriptionsPerSession = 50;

/**
 * resources/subscribe on a project: `notifications/resources/updated` each time its job changes
 * state (queued → running → suspended → completed…) or finishes a step, by following the job's
 * event stream. One follower per subscribed URI, stopped on unsubscribe and when the session closes.
 * McpServer has no subscription support of its own, hence the low-level handlers.
 */
export function registerProjectSubscriptions(server: McpServer, api: CinematicAds, logError?: LogError, limit = maxSubscriptionsPerSession): void {
  const followers = new Map<string, AbortController>();
  server.server.registerCapabilities({ resources: { subscribe: true } });

  server.server.setRequestHandler(SubscribeRequestSchema, async (request, extra) => {
    const { uri } = request.params;
    const jobId = projectIdOfUri(uri);
    if (!jobId) {
      throw new McpError(ErrorCode.InvalidParams, `Only projects send updates: subscribe to cinematicads://projects/{id}, not ${uri}`, { uri });
    }
    if (followers.has(uri)) return {};
    if (followers.size >= limit) {
      throw new McpError(
        ErrorCode.InvalidRequest,
        `This session already follows ${limit} projects: unsubscribe from finished ones before subscribing to more`,
        { uri },
      );
    }
    const job = await api.getWorkflow({ jobId }, { signal: extra.signal }).catch((error: unknown) => {
      throw asResourceError(error, uri, logError);
    });
    // The same URI may have been subscribed while the job was read: one follower per URI.
    if (followers.has(uri)) return {};
    const controller = new AbortController();
    followers.set(uri, controller);
    // An ended job never changes again: the subscription is kept (so unsubscribe is answered) but needs no follower.
    if (!endedStates.has(job.status)) {
      const notify = () => server.server.sendResourceUpdated({ uri }).catch(() => undefined);
      void followJobChanges(api, job, controller.signal, notify, logError);
    }
    return {};
  });

  server.server.setRequestHandler(UnsubscribeRequestSchema, async (request) => {
    followers.get(request.params.uri)?.abort();
    followers.delete(request.params.uri);
    return {};
  });

  const previousOnClose = server.server.onclose;
  server.server.onclose = () => {
    previousOnClose?.();
    for (const controller of followers.values()) controller.abort();
    followers.clear();
  };
}

/** What a subscriber can see change: the state and each step's status. Progress ticks are left out on purpose. */
function stateOf(job: WorkflowJob): string {
  return `${job.status}|${job.steps.map((step) => `${step.step}:${step.status}`).join(',')}`;
}

async function followJobChanges(
  api: CinematicAds,
  initial: WorkflowJob,
  signal: AbortSignal,
  notify: () => Promise<unknown>,
  logError: LogError | undefined,
): Promise<void> {
  let seen = stateOf(initial);
  try {
    // The stream replays the job's history first; comparing against the job as read now keeps replayed events silent.
    for await (const event of api.getWorkflowStream({ jobId: initial.jobId }, { signal })) {
      if (event.event === 'progress') continue;
      const now = stateOf(await api.getWorkflow({ jobId: initial.jobId }, { signal }));
      // Checked after the read too: an unsubscribe that came meanwhile must silence this follower.
      if (signal.aborted) return;
      if (now !== seen) {
        seen = now;
        await notify();
      }
      if (event.event === 'result') return;
    }
  } catch (error) {
    // Aborted by unsubscribe or close is the normal end; a failed stream is logged, and the subscriber can still re-read.
    if (!signal.aborted) logError?.(`Following job ${initial.jobId} for a resource subscription stopped`, error);
  }
}
