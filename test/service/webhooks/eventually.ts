/** Polls `check` until it returns a value (not undefined) or the budget runs out; for states reached in the background. */
export async function eventually<T>(check: () => Promise<T | undefined> | T | undefined, what: string, budgetMs = 15_000): Promise<T> {
  const deadline = Date.now() + budgetMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
