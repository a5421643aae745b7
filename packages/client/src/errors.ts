/**
 * The client's one error type. Every failure a caller can see (an HTTP error body of any
 * documented shape, a 200 order verification with `IsSuccessful:false`, a network failure, a
 * timeout, an abort, a body that is not JSON) arrives as an {@link AutoSharesError} with a
 * stable `code` to branch on and a `message` fit to show a user.
 *
 * Secrets never appear in an error: no header, token or request body is copied into it.
 */

/** Stable error codes; branch on these, never on `message`. */
export type AutoSharesErrorCode =
  /** 403 (401 per some docs) `{"error":"Application key is not defined…"}`: the site's app key is wrong. */
  | 'app_key_invalid'
  /** 401 `{"State":"Failed",…}` from `POST /token`: wrong credentials or 2FA step failed. */
  | 'auth_failed'
  /** 401 `{"Message":"Authorization has been denied…"}` with no fresh token available, or no token at all. */
  | 'unauthorized'
  /** 400/422 `ModelState`, a bad filter or query value. */
  | 'validation'
  /** 404 `{"Message":"No HTTP resource…"}` or a missing resource. */
  | 'not_found'
  /** 404 `{"Error":{"Code":"UnsupportedApiVersion"}}`: a required query parameter is missing. */
  | 'unsupported_api_version'
  /** 409 business failure (`{"Errors":[…]}` envelope): "Failed to replace", "already filled"… */
  | 'conflict'
  /** 429; `retryAfterMs` says when to try again. */
  | 'rate_limited'
  /** 5xx, or a 500 envelope `{"IsSucceed":false,…}`. */
  | 'server_error'
  /** No response: DNS, refused connection, CORS, offline. */
  | 'network'
  /** No response within the timeout. For a placement the order MAY have been accepted. */
  | 'timeout'
  /** A response that is not the JSON the endpoint promises. */
  | 'malformed_response'
  /** A 200 preview/verify with `IsSuccessful:false`; `details.errorDescription` has the code. */
  | 'order_rejected'
  /** The caller's AbortSignal fired. */
  | 'aborted';

export interface AutoSharesErrorInit {
  code: AutoSharesErrorCode;
  /** Human message; defaults to the generic message of the code. */
  message?: string;
  /** HTTP status; 0 when there was no response. */
  status?: number;
  /** Per-field validation messages (from `ModelState`), keyed by the server's field path. */
  fieldErrors?: Record<string, string[]>;
  /** An error id the server reported (`errorId`, or an `X-Request-Id`/`X-Correlation-Id` header). */
  errorId?: string;
  /** For 429 (and 503 with `Retry-After`): how long to wait before trying again. */
  retryAfterMs?: number;
  /** Structured extras: `errorDescription`, `serverMessage`, `errors`, `step`, `reason`, `method`, `path`… */
  details?: Record<string, unknown>;
  cause?: unknown;
}

/** Messages a user can read, per code, when the server gives nothing better. */
export const DEFAULT_ERROR_MESSAGES: Record<AutoSharesErrorCode, string> = {
  app_key_invalid: 'This site is not set up correctly for AutoShares (invalid app key).',
  auth_failed: 'Sign-in failed. Check your username and password.',
  unauthorized: 'Your session has expired. Please sign in again.',
  validation: 'Some of the details are not valid. Please check them and try again.',
  not_found: 'That item could not be found.',
  unsupported_api_version: 'The request is missing information AutoShares requires.',
  conflict: 'AutoShares could not complete this request.',
  rate_limited: 'Too many requests right now. Please wait a moment and try again.',
  server_error: 'AutoShares is having trouble right now. Please try again shortly.',
  network: 'Cannot reach AutoShares. Check your connection and try again.',
  timeout: 'AutoShares took too long to respond.',
  malformed_response: 'AutoShares sent a response that could not be read.',
  order_rejected: 'The order was not accepted.',
  aborted: 'The request was cancelled.',
};

/** The one error type of `@autoshares/client`. */
export class AutoSharesError extends Error {
  override readonly name = 'AutoSharesError';
  readonly code: AutoSharesErrorCode;
  /** HTTP status; 0 when there was no response (network, timeout, abort). */
  readonly status: number;
  readonly fieldErrors: Record<string, string[]>;
  readonly errorId: string | undefined;
  readonly retryAfterMs: number | undefined;
  readonly details: Record<string, unknown>;

  constructor(init: AutoSharesErrorInit) {
    super(init.message || DEFAULT_ERROR_MESSAGES[init.code], { cause: init.cause });
    this.code = init.code;
    this.status = init.status ?? 0;
    this.fieldErrors = init.fieldErrors ?? {};
    this.errorId = init.errorId;
    this.retryAfterMs = init.retryAfterMs;
    this.details = init.details ?? {};
  }

  /** True when the same request may succeed later without any change (network, 429, 5xx, timeout). */
  get transient(): boolean {
    return ['network', 'timeout', 'rate_limited', 'server_error'].includes(this.code);
  }

  /** A copy with some fields replaced (used to attach request context). */
  with(patch: Partial<AutoSharesErrorInit>): AutoSharesError {
    return new AutoSharesError({
      code: this.code,
      message: this.message,
      status: this.status,
      fieldErrors: this.fieldErrors,
      errorId: this.errorId,
      retryAfterMs: this.retryAfterMs,
      details: this.details,
      cause: this.cause,
      ...patch,
    });
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      code: this.code,
      status: this.status,
      message: this.message,
      fieldErrors: this.fieldErrors,
      errorId: this.errorId,
      retryAfterMs: this.retryAfterMs,
      details: this.details,
    };
  }
}

/** Type guard, also true for an error from another copy of the library (same `name` and `code`). */
export function isAutoSharesError(error: unknown): error is AutoSharesError {
  return (
    error instanceof AutoSharesError ||
    (error instanceof Error &&
      error.name === 'AutoSharesError' &&
      typeof (error as { code?: unknown }).code === 'string')
  );
}
