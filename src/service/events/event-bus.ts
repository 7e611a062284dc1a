/**
 * Live fan-out by topic. The in-process bus is the default; for several processes a Redis
 * pub/sub adapter implements the same two methods (PUBLISH / SUBSCRIBE on the topic, messages as
 * JSON). Delivery is best effort and at most once: durable history is the event log's job.
 */
export interface EventBus<T> {
  publish(topic: string, message: T): void;
  /** Returns the unsubscribe function. */
  subscribe(topic: string, listener: (message: T) => void): () => void;
}

export function inProcessEventBus<T>(): EventBus<T> {
  const listeners = new Map<string, Set<(message: T) => void>>();
  return {
    publish(topic, message) {
      // A copy: a listener that unsubscribes while being called must not skip its neighbours.
      for (const listener of [...(listeners.get(topic) ?? [])]) {
        try {
          listener(message);
        } catch {
          // One faulty listener must not keep the event from the others.
        }
      }
    },
    subscribe(topic, listener) {
      let set = listeners.get(topic);
      if (!set) listeners.set(topic, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0 && listeners.get(topic) === set) listeners.delete(topic);
      };
    },
  };
}
