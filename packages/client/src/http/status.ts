/**
 * What the transport reads from every response before its body: how long a refusal asks to
 * wait, and the error code a status means. The body of an error response is read by
 * `error-body.ts`, loaded on the first error response.
 */
import type { AutoSharesErrorCode } from '../errors.ts';

/** Parses `Retry-After` (seconds or HTTP date) or `X-RateLimit-Reset` (epoch s) into ms from now. */
export function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const after = headers.get('retry-after');
  if (after !== null) {
    const seconds = Number(after);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const at = Date.parse(after);
    if (!Number.isNaN(at)) return Math.max(0, at - now);
  }
  const reset = Number(headers.get('x-ratelimit-reset') ?? NaN);
  if (Number.isFinite(reset) && reset > 0) {
    // A reset below 1e9 is "seconds from now"; above, an epoch in seconds.
    return Math.max(0, reset < 1e9 ? reset * 1000 : reset * 1000 - now);
  }
  return undefined;
}

/** The error code an HTTP status means when the body says nothing more. */
export function codeForStatus(status: number): AutoSharesErrorCode {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'unauthorized';
  if (status === 404) return 'not_found';
  if (status === 408) return 'timeout';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'server_error';
  if (status >= 400) return 'validation';
  return 'malformed_response';
}
