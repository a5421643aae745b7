/**
 * `@autoshares/client/internal`: the building blocks `AutoSharesClient` is made of, for tests,
 * tools and anyone composing a client of their own. Not needed to use the client (that is the
 * root entry); kept apart so that bundling the root never pulls them in. No stability promise
 * beyond the root entry's.
 */
export { TokenManager, jwtExpiry } from './auth/token-manager.ts';
export { HttpTransport } from './http/transport.ts';
export { path } from './http/path.ts';
export { RateLimiter, DEFAULT_LIMITS } from './http/limiter.ts';
export { toEpochMs, toUnixSeconds, toIsoString, DATE_KEYS, isDateKey } from './http/dates.ts';
export { normalizeDates, toPage } from './http/normalize.ts';
export { errorFromResponse } from './http/error-body.ts';
export { retryAfterMs } from './http/status.ts';
export { createApi } from './api/index.ts';
export { QueryCache } from './store/query-cache.ts';
export { STALE_TIMES } from './store/resources/context.ts';
export { createWrites } from './writes/writes.ts';
export { StreamingClient } from './streaming/streaming-client.ts';
export { QuoteStore } from './quotes/quote-store.ts';
export { SymbolResolver } from './quotes/symbol-resolver.ts';
export { createManualFrameScheduler } from './quotes/frame-scheduler.ts';
export {
  ORDER_REJECTION_MESSAGES,
  orderRejectionMessage,
  assertVerified,
  type VerificationResult,
} from './order-rejections.ts';
