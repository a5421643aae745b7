/**
 * Small helpers of the placement controller: reading a failure (may the request still have
 * reached the server?), a fresh client id, and an abortable pause.
 */

/** Error codes after which the server may or may not have the request: look it up first. */
const UNCERTAIN_CODES: ReadonlySet<string> = new Set([
  'timeout',
  'network',
  'server_error',
  'malformed_response',
  'rate_limited',
]);

/** The `code` of an `AutoSharesError` (duck-typed, so it works across bundles). */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * True when a failed placement may still have reached the server (no answer, a 5xx, a
 * response that could not be read). A 4xx or a business refusal means nothing was placed.
 */
export function outcomeUnknown(error: unknown): boolean {
  const code = errorCode(error);
  return code === undefined || UNCERTAIN_CODES.has(code);
}

/** Resolves after `ms`, or at once when `signal` aborts. */
export const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
