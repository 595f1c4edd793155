// The browser side of the fixture server's fault routes (test/server/fixture-server.mjs): what the
// server saw of the requests counted under a key, and polling until a condition holds.

/** How many requests the server received under `key`, and how many of them the client closed early. */
export async function serverCount(key: string): Promise<{ count: number; closed: number }> {
  const response = await fetch(`/fault/count?of=${encodeURIComponent(key)}`);
  return (await response.json()) as { count: number; closed: number };
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `check` every 20 ms; true once it holds, false when `limit` ms pass first. */
export async function poll(check: () => boolean | Promise<boolean>, limit: number): Promise<boolean> {
  const start = performance.now();
  while (!(await check())) {
    if (performance.now() - start > limit) return false;
    await wait(20);
  }
  return true;
}

/** Like `poll`, but throws "Timed out waiting for `what`" when `limit` ms pass first. */
export async function until(check: () => boolean | Promise<boolean>, what: string, limit = 15000): Promise<void> {
  if (!(await poll(check, limit))) throw new Error(`Timed out waiting for ${what}`);
}
