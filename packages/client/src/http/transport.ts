/**
 * The HTTP edge of the client. Built on ky: prefix URL, `Et-App-Key`, `Accept`, per-call
 * `signal` and `timeout`, an injectable `fetch`. Around ky it adds, in this order per attempt:
 * the rate limiter (requests wait, not fail), the bearer token (only for the API's own origin),
 * then after the response: error mapping, the one-shot 401 refresh and replay, envelope
 * unwrapping and date normalisation.
 *
 * 401: the token manager is asked once for a fresh token (concurrent 401s share one ask) and
 * the request is replayed once with it. No fresh token → `unauthorized` and `auth-required`
 * fires. A 401 on the replay (a fresh token still refused, e.g. another user's account) rejects
 * with `unauthorized` without signing the session out.
 *
 * Retries: only safe requests (GET, and read-only PUTs the caller marks `safe`) are retried, on
 * network errors, 408, 429, 5xx, with exponential backoff and full jitter, honouring
 * `Retry-After`. Writes are never retried: a timeout on an order placement rejects with
 * `timeout` and the order may or may not exist; the caller decides (see `api/orders.ts`).
 */
import ky, { HTTPError, TimeoutError, type KyInstance, type Options as KyOptions } from 'ky';
import { AutoSharesError } from '../errors.ts';
import type { TokenManager } from '../auth/token-manager.ts';
import type { RateLimiter, RequestCategory } from './limiter.ts';
import { isEnvelope, normalizeDates } from './normalize.ts';
import { codeForStatus, retryAfterMs } from './status.ts';
import { checkUrl } from './url-policy.ts';

/** Per-call options every endpoint function accepts. */
export interface CallOptions extends RequestHooks {
  /** Cancels the call (rejects with code `aborted`). */
  signal?: AbortSignal;
  /** Per-attempt timeout in ms (default: the client's `timeoutMs`, 15 000). */
  timeoutMs?: number;
}

/**
 * When an attempt of the call waits in the client's rate limiter and when it leaves, so a cache
 * knows whether state changed since its request went out (the query cache passes these).
 */
export interface RequestHooks {
  /** The attempt waits for the rate limiter (it has not left yet). */
  onQueued?: () => void;
  /** The attempt leaves for the server now. */
  onSent?: () => void;
  /** An attempt was refused with 429; the call waits `retryAfterMs` before its next attempt. */
  onRateLimited?: (retryAfterMs: number) => void;
}

export interface RetryPolicy {
  /** Retries after the first attempt for safe requests (default 2; 0 turns retries off). */
  limit?: number;
  /** First backoff delay in ms (default 300); doubles each attempt, full jitter. */
  baseDelayMs?: number;
  /** Upper bound of one backoff delay (default 10 000). */
  maxDelayMs?: number;
  /** Upper bound of a `Retry-After` wait the client honours by itself (default 60 000). */
  maxRetryAfterMs?: number;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';
export type QueryValue = string | number | boolean | undefined | null | { toString(): string };

export interface RequestSpec extends CallOptions {
  method: HttpMethod;
  /** Path under the base URL, no leading slash, segments already encoded (use {@link path}). */
  path: string;
  query?: Record<string, QueryValue>;
  json?: unknown;
  category: RequestCategory;
  /** Retry on transient failures. Default: true for GET only. */
  safe?: boolean;
  /** Send the bearer token (default true). */
  auth?: boolean;
  headers?: Record<string, string>;
}

export interface TransportOptions {
  baseUrl: string;
  appKey: string;
  tokens: TokenManager;
  limiter: RateLimiter;
  fetch?: typeof fetch;
  timeoutMs?: number;
  retry?: RetryPolicy;
}

/** Mutable per-call state shared with the ky hooks (ky copies `context`, not nested objects). */
interface CallState extends RequestHooks {
  category: RequestCategory;
  auth: boolean;
  signal?: AbortSignal;
  /** Token to use instead of asking the manager (the 401 replay). */
  token?: string;
  /** Token the last attempt carried. */
  sentToken?: string;
}

export class HttpTransport {
  readonly #ky: KyInstance;
  readonly #apiOrigin: string;
  readonly #tokens: TokenManager;
  readonly #limiter: RateLimiter;
  readonly #timeoutMs: number;
  readonly #retry: Required<RetryPolicy>;

  constructor(options: TransportOptions) {
    // https: only (http: on localhost), or a path on the page's own site.
    const base = checkUrl(options.baseUrl, { name: 'baseUrl' });
    this.#apiOrigin = base.origin;
    this.#tokens = options.tokens;
    this.#limiter = options.limiter;
    this.#timeoutMs = options.timeoutMs ?? 15_000;
    this.#retry = {
      limit: options.retry?.limit ?? 2,
      baseDelayMs: options.retry?.baseDelayMs ?? 300,
      maxDelayMs: options.retry?.maxDelayMs ?? 10_000,
      maxRetryAfterMs: options.retry?.maxRetryAfterMs ?? 60_000,
    };
    const injected = options.fetch;
    this.#ky = ky.create({
      prefixUrl: base.href,
      headers: { 'Et-App-Key': options.appKey, Accept: 'application/json' },
      throwHttpErrors: true,
      fetch: injected ? (input, init) => injected(input, init) : undefined,
      hooks: {
        beforeRequest: [(request, opts) => this.#beforeRequest(request, state(opts))],
        afterResponse: [
          (_request, opts, response) => {
            if (response.status === 429) {
              const wait = retryAfterMs(response.headers) ?? 1000;
              this.#limiter.pause(state(opts).category, wait);
              state(opts).onRateLimited?.(wait);
            }
          },
        ],
      },
    });
  }

  /** Sends a request; resolves with the normalised body (undefined for 204/empty). */
  async request<T>(spec: RequestSpec): Promise<T> {
    const call: CallState = {
      category: spec.category,
      auth: spec.auth ?? true,
      signal: spec.signal,
      onQueued: spec.onQueued,
      onSent: spec.onSent,
      onRateLimited: spec.onRateLimited,
    };
    try {
      try {
        return (await this.#send(spec, call)) as T;
      } catch (error) {
        if (
          !(error instanceof AutoSharesError) ||
          error.code !== 'unauthorized' ||
          !call.auth ||
          error.status !== 401
        )
          throw error;
        // One refresh (shared by concurrent 401s), one replay.
        const fresh = await this.#tokens.refreshAfterUnauthorized(call.sentToken);
        if (!fresh) throw error;
        call.token = fresh;
        return (await this.#send(spec, call)) as T;
      }
    } catch (error) {
      throw this.#scrub(this.#toError(error, spec));
    }
  }

  async #send(spec: RequestSpec, call: CallState): Promise<unknown> {
    const safe = spec.safe ?? spec.method === 'GET';
    const options: KyOptions = {
      method: spec.method,
      timeout: spec.timeoutMs ?? this.#timeoutMs,
      context: { call },
      retry: safe && this.#retry.limit > 0 ? this.#retryOptions(spec) : { limit: 0 },
    };
    // ky merges `undefined` options over the instance's (e.g. `headers: undefined` drops the
    // app key), so only set what the call has.
    const searchParams = toSearchParams(spec.query);
    if (searchParams) options.searchParams = searchParams;
    if (spec.json !== undefined) options.json = spec.json;
    if (spec.signal) options.signal = spec.signal;
    if (spec.headers) options.headers = spec.headers;
    let response: Response;
    try {
      response = await this.#ky(spec.path, options);
    } catch (error) {
      if (error instanceof HTTPError) {
        const text = await error.response.text().catch(() => '');
        throw await responseError(error.response.status, text, error.response.headers);
      }
      throw error;
    }
    const text = await response.text().catch((cause: unknown) => {
      throw new AutoSharesError({ code: 'network', status: response.status, cause });
    });
    if (response.status === 204 || text.trim() === '') return undefined;
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (cause) {
      throw new AutoSharesError({ code: 'malformed_response', status: response.status, cause });
    }
    if (isEnvelope(body)) {
      if (!body.IsSucceed) throw await responseError(response.status, text, response.headers);
      body = body.Model;
    }
    return normalizeDates(body);
  }

  #retryOptions(spec: RequestSpec): KyOptions['retry'] {
    const { limit, baseDelayMs, maxDelayMs, maxRetryAfterMs } = this.#retry;
    return {
      limit,
      methods: [spec.method.toLowerCase() as 'get'],
      statusCodes: [408, 429, 500, 502, 503, 504],
      afterStatusCodes: [429, 503],
      maxRetryAfter: maxRetryAfterMs,
      backoffLimit: maxDelayMs,
      delay: (attempt) => baseDelayMs * 2 ** (attempt - 1),
      jitter: true,
      shouldRetry: ({ error }) => {
        if (error instanceof AutoSharesError) return false;
        if (spec.signal?.aborted) return false;
        // A server asking for a longer pause than we wait by ourselves: let the caller decide.
        if (
          error instanceof HTTPError &&
          (retryAfterMs(error.response.headers) ?? 0) > maxRetryAfterMs
        )
          return false;
        return undefined;
      },
    };
  }

  async #beforeRequest(request: Request, call: CallState): Promise<void> {
    const slot = this.#limiter.acquire(call.category, call.signal);
    if (this.#limiter.pending(call.category) > 0) call.onQueued?.();
    await slot;
    await this.#authorize(request, call);
    call.onSent?.();
  }

  async #authorize(request: Request, call: CallState): Promise<void> {
    // The bearer goes to the configured API origin only, never anywhere else.
    if (new URL(request.url).origin !== this.#apiOrigin) {
      request.headers.delete('Authorization');
      return;
    }
    if (!call.auth) return;
    const token = call.token ?? (await this.#tokens.get());
    if (!token) {
      this.#tokens.announce('no-token');
      throw new AutoSharesError({ code: 'unauthorized', message: 'You are not signed in.' });
    }
    call.sentToken = token;
    request.headers.set('Authorization', `Bearer ${token}`);
  }

  #toError(error: unknown, spec: RequestSpec): AutoSharesError {
    const where = { method: spec.method, path: spec.path };
    if (error instanceof AutoSharesError)
      return error.with({ details: { ...error.details, ...where } });
    if (spec.signal?.aborted || (error instanceof Error && error.name === 'AbortError')) {
      return new AutoSharesError({ code: 'aborted', details: where, cause: spec.signal?.reason });
    }
    if (error instanceof TimeoutError)
      return new AutoSharesError({ code: 'timeout', details: where });
    return new AutoSharesError({ code: 'network', details: where, cause: error });
  }

  /** Removes every token this client has held from the error's message and details. */
  #scrub(error: AutoSharesError): AutoSharesError {
    // ky's errors carry the Request (and its Authorization header): never keep them as cause.
    const cause =
      typeof error.cause === 'object' && error.cause !== null && 'request' in error.cause
        ? undefined
        : error.cause;
    const secrets = this.#tokens.secrets().filter((s) => s.length >= 4);
    if (secrets.length === 0) return cause === error.cause ? error : error.with({ cause });
    const clean = (text: string) => secrets.reduce((t, s) => t.split(s).join('[redacted]'), text);
    const message = clean(error.message);
    const details = JSON.parse(clean(JSON.stringify(error.details))) as Record<string, unknown>;
    const fieldErrors = JSON.parse(clean(JSON.stringify(error.fieldErrors))) as Record<
      string,
      string[]
    >;
    return error.with({ message, details, fieldErrors, cause });
  }
}

/**
 * The error for a refused response. Reading the body's many error shapes (`error-body.ts`)
 * loads on the first error response, so a page whose requests succeed never downloads it; if
 * that code cannot be loaded, the status alone says what went wrong.
 */
async function responseError(
  status: number,
  bodyText: string,
  headers: Headers,
): Promise<AutoSharesError> {
  try {
    const { errorFromResponse } = await import('./error-body.ts');
    return errorFromResponse(status, bodyText, headers);
  } catch {
    const wait = status === 429 || status === 503 ? retryAfterMs(headers) : undefined;
    return new AutoSharesError({ code: codeForStatus(status), status, retryAfterMs: wait });
  }
}

function state(options: { context: Record<string, unknown> }): CallState {
  return options.context.call as CallState;
}

function toSearchParams(query: RequestSpec['query']): URLSearchParams | undefined {
  if (!query) return undefined;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    params.set(key, String(value));
  }
  return params;
}
