/**
 * An AsyncIterable whose source is opened on the first `next()`: a stream "fails on first
 * iteration" (unknown job, 401…) as the interface promises, and each value passes through `map`.
 */
export function deferredIterable<T, U>(open: () => Promise<AsyncIterator<T>>, map: (value: T) => U): AsyncIterable<U> {
  return {
    [Symbol.asyncIterator](): AsyncIterator<U> {
      let source: Promise<AsyncIterator<T>> | undefined;
      return {
        async next() {
          source ??= open();
          const step = await (await source).next();
          return step.done ? { done: true, value: undefined } : { done: false, value: map(step.value) };
        },
        async return() {
          const opened = await source?.catch(() => undefined);
          await opened?.return?.();
          return { done: true, value: undefined };
        },
      };
    },
  };
}
