/** What a data source tells `renderState` (a `QueryController` fits this shape). */
export interface StateSource {
  readonly status: 'idle' | 'loading' | 'success' | 'error';
  readonly error?: unknown;
  /** Data already on screen (kept while refetching). */
  readonly hasData?: boolean;
  /** A request is in flight (e.g. the automatic retry after a failure). */
  readonly fetching?: boolean;
  /** When the source retries a failure by itself, epoch ms. */
  readonly retryAt?: number;
  /** The request in flight was refused with 429 and waits until then to try again, epoch ms. */
  readonly rateLimitedUntil?: number;
}
