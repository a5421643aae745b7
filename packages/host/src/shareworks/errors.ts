/** What went wrong talking to Shareworks, as the bridge tells its own code (never the browser's). */

/** A Shareworks error answer (`{ code, message, errorId, errors? }`) or an unreadable one. */
export class ShareworksApiError extends Error {
  constructor(
    /** HTTP status from Shareworks. */
    readonly status: number,
    /** The body's `code` (`UNAUTHORIZED`, `FORBIDDEN`, `rate_limit_exceeded`, …) or `unknown`. */
    readonly code: string,
    message: string,
    /** The body's `errorId`, for Shareworks support. */
    readonly errorId: string | null,
    /** The body's aggregated `errors[]`. */
    readonly errors: unknown[] = [],
    /** For 429: how long Shareworks asked to wait, ms. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
    this.name = 'ShareworksApiError';
  }

  /** Reads an error answer. */
  static async from(
    response: Response,
    retryAfterMs: number | null = null,
  ): Promise<ShareworksApiError> {
    let body: { code?: unknown; message?: unknown; errorId?: unknown; errors?: unknown } = {};
    try {
      body = (await response.json()) as typeof body;
    } catch {
      // not JSON: keep the status
    }
    return new ShareworksApiError(
      response.status,
      typeof body.code === 'string' ? body.code : 'unknown',
      typeof body.message === 'string' ? body.message : `Shareworks answered ${response.status}`,
      typeof body.errorId === 'string' ? body.errorId : null,
      Array.isArray(body.errors) ? body.errors : [],
      retryAfterMs,
    );
  }
}
