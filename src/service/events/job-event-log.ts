import type { WorkflowEvent } from '../../contract/schemas/workflow-events.ts';
import { createKeyMutex } from '../../store/key-mutex.ts';
import type { KeyValueStore } from '../../store/key-value-store.ts';
import type { EventBus } from './event-bus.ts';
import { jobEventKeys } from './job-event-keys.ts';

/** An event before the log numbers it. */
export type JobEventDraft = WorkflowEvent extends infer E ? (E extends WorkflowEvent ? Omit<E, 'id'> : never) : never;

/**
 * Every event of a job, persisted in order. Ids are the event's number within its job as a
 * decimal string ("1", "2", …): strictly increasing, so a client's Last-Event-ID says exactly
 * what it has seen, across restarts too (numbering continues from the last stored event).
 */
export interface JobEventLog {
  /** Numbers the event, stores it, then broadcasts it to live listeners of the job. */
  append(jobId: string, draft: JobEventDraft): Promise<WorkflowEvent>;
  /** Stored events numbered above `afterSeq`, in order. */
  history(jobId: string, afterSeq?: number): Promise<WorkflowEvent[]>;
  /** Events appended from now on; returns the unsubscribe function. */
  listen(jobId: string, listener: (event: WorkflowEvent) => void): () => void;
}

export function eventSeq(event: Pick<WorkflowEvent, 'id'>): number {
  return Number(event.id);
}

export function createJobEventLog(deps: { store: KeyValueStore; bus: EventBus<WorkflowEvent> }): JobEventLog {
  const { store, bus } = deps;
  const appends = createKeyMutex();
  /** Last number used per job in this process; read from the store the first time. */
  const lastSeq = new Map<string, number>();

  async function history(jobId: string, afterSeq = 0): Promise<WorkflowEvent[]> {
    const events: WorkflowEvent[] = [];
    for await (const [, event] of store.entries<WorkflowEvent>(jobEventKeys.events(jobId))) {
      if (eventSeq(event) > afterSeq) events.push(event);
    }
    return events.sort((a, b) => eventSeq(a) - eventSeq(b));
  }

  async function storedLast(jobId: string): Promise<number> {
    const last = (await history(jobId)).at(-1);
    return last ? eventSeq(last) : 0;
  }

  return {
    append(jobId, draft) {
      return appends.run(jobId, async () => {
        for (;;) {
          const seq = (lastSeq.get(jobId) ?? (await storedLast(jobId))) + 1;
          const event = { ...draft, id: String(seq) } as WorkflowEvent;
          // `add` claims the number: another process appending to the same job makes us recount, not overwrite.
          if (await store.add(jobEventKeys.event(jobId, seq), event)) {
            if (event.event === 'result') lastSeq.delete(jobId);
            else lastSeq.set(jobId, seq);
            bus.publish(jobId, event);
            return event;
          }
          lastSeq.set(jobId, await storedLast(jobId));
        }
      });
    },
    history,
    listen: (jobId, listener) => bus.subscribe(jobId, listener),
  };
}
