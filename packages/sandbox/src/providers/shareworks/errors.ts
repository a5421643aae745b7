/**
 * Shareworks error bodies as the seed writes them: `{ code, message, errorId }`, with `errors[]`
 * for aggregated output (422), and `rate_limit_exceeded` for 429.
 */

/** One entry of an aggregated error (the spec's `ErrorWithCode`). */
export interface ShareworksErrorEntry {
  code: number;
  message: string;
}

/** The body of every Shareworks error answer (the spec's `RestApiErrorResponse`). */
export interface ShareworksErrorBody {
  code: string;
  message: string;
  errors?: (ShareworksErrorEntry | string)[];
  errorId: string;
}

/** An error a route throws; the routes turn it into its documented body. */
export class ShareworksError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 422 | 429 | 500 | 503,
    readonly code: string,
    message: string,
    readonly errors?: (ShareworksErrorEntry | string)[],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ShareworksError';
  }

  /** The JSON body, with a fresh `errorId`. */
  body(): ShareworksErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.errors ? { errors: this.errors } : {}),
      errorId: crypto.randomUUID(),
    };
  }
}

/** 401 without a bearer token (seed wording). */
export const tokenMissing = (): ShareworksError =>
  new ShareworksError(401, 'UNAUTHORIZED', 'The access token is missing.');

/** 401 for a token that cannot be used: malformed, unknown, refused (seed wording). */
export const tokenInvalid = (): ShareworksError =>
  new ShareworksError(401, 'UNAUTHORIZED', 'The access token is invalid.');

/** 401 for an access token past its `expiresIn` (sandbox wording; the seed only says "expired"). */
export const tokenExpired = (): ShareworksError =>
  new ShareworksError(401, 'UNAUTHORIZED', 'The access token is expired.');

/** 400, sequential output (seed sample: "Could not parse the Company ID."). */
export const badRequest = (message: string): ShareworksError =>
  new ShareworksError(400, 'BAD REQUEST', message);

/** 403, aggregated: names every id of the request, offender or not (seed wording). */
export const forbidden = (ids: readonly (string | number)[]): ShareworksError =>
  new ShareworksError(
    403,
    'FORBIDDEN',
    `This request contains an invalid entity reference (one or more of ${ids.join(', ')}).`,
  );

/** 422, aggregated: one `errors[]` entry per validation failure. */
export const validation = (message: string, errors: string[]): ShareworksError =>
  new ShareworksError(422, 'VALIDATION', message, errors);

/** 429 (seed: "HTTP response code 429 will be returned with an rate_limit_exceeded error"). */
export const rateLimited = (retryAfterSeconds: number): ShareworksError =>
  new ShareworksError(429, 'rate_limit_exceeded', 'The rate limit has been exceeded.', undefined, {
    'Retry-After': String(retryAfterSeconds),
  });

/** 404 for a path the API does not have (sandbox behaviour: the seed does not show one). */
export const notFound = (path: string): ShareworksError =>
  new ShareworksError(404, 'NOT FOUND', `No resource exists at ${path}.`);

/** 503 while the control API has Shareworks down for a client (sandbox behaviour: the seed shows no 5xx). */
export const unavailable = (): ShareworksError =>
  new ShareworksError(503, 'SERVICE UNAVAILABLE', 'The service is temporarily unavailable.');
