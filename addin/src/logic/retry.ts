import { HttpError } from "../sharepoint/http";

/** Failures worth retrying on their own: no network, throttling, server errors. */
export function isTransient(e: unknown): boolean {
  return e instanceof HttpError && (e.offline || e.status === 429 || e.status >= 500);
}

/** The wait before retry number <attempt> (1-based): 2 s, 4 s, 8 s … capped at 30 s. */
export function retryDelayMs(attempt: number): number {
  return Math.min(30_000, 2_000 * 2 ** (attempt - 1));
}

/** Calls read until it gives a non-empty URL, waiting between tries (Word on the web gives "" at first load). */
export async function waitForUrl(read: () => string | null, sleep: (ms: number) => Promise<void>, tries = 20, everyMs = 250): Promise<string | null> {
  for (let i = 0; i < tries; i++) {
    const url = read();
    if (url && url.trim()) return url.trim();
    await sleep(everyMs);
  }
  return null;
}
