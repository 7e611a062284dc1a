/** Runs async work one call at a time per key, in call order; different keys run side by side. */
export interface KeyMutex {
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
}

export function createKeyMutex(): KeyMutex {
  // The settled tail of each key's queue; a key with nothing queued has no entry, so the map stays small.
  const tails = new Map<string, Promise<void>>();
  return {
    run<T>(key: string, work: () => Promise<T>): Promise<T> {
      const result = (tails.get(key) ?? Promise.resolve()).then(work);
      const tail = result.then(settled, settled);
      tails.set(key, tail);
      void tail.then(() => tails.get(key) === tail && tails.delete(key));
      return result;
    },
  };
}

function settled(): void {}
