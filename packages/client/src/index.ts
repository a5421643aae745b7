export * from './filter/filter.ts';
export type { components, paths, operations } from './generated/autoshares-api.ts';
// Client core: composition, HTTP, errors, auth, endpoints, query cache (client-core)
export { AutoSharesClient, type AutoSharesClientOptions } from './client.ts';
export {
  AutoSharesError,
  isAutoSharesError,
  DEFAULT_ERROR_MESSAGES,
  type AutoSharesErrorCode,
  type AutoSharesErrorInit,
} from './errors.ts';
export {
  ORDER_REJECTION_MESSAGES,
  orderRejectionMessage,
  assertVerified,
} from './order-rejections.ts';
export * from './types.ts';
// The wire contract, also published alone as `@autoshares/client/contract`.
export * from './contract/index.ts';
export { toEpochMs, toUnixSeconds, toIsoString, DATE_KEYS, isDateKey } from './http/dates.ts';
export { normalizeDates, toPage } from './http/normalize.ts';
export { errorFromResponse, retryAfterMs } from './http/error-body.ts';
export {
  HttpTransport,
  path,
  type CallOptions,
  type RetryPolicy,
  type RequestSpec,
  type HttpMethod,
  type TransportOptions,
} from './http/transport.ts';
export {
  checkUrl,
  safeUrl,
  isLoopbackHost,
  UrlPolicyError,
  type UrlRefusal,
  type UrlUse,
  type UrlPolicyOptions,
} from './http/url-policy.ts';
export {
  RateLimiter,
  DEFAULT_LIMITS,
  type RequestCategory,
  type BucketLimit,
  type LimitsOption,
} from './http/limiter.ts';
export { TokenManager, jwtExpiry, type TokenManagerOptions } from './auth/token-manager.ts';
export {
  readTokenResult,
  type IssuedToken,
  type TokenProvider,
  type TokenRequest,
  type TokenResponse,
  type TokenResult,
} from './auth/token-result.ts';
export {
  AuthRequiredEvent,
  type AuthRequiredListener,
  type AuthRequiredReason,
} from './auth/auth-required.ts';
export { createApi, type AutoSharesApi } from './api/index.ts';
export {
  fetchAllPages,
  type UserRef,
  type UserCallOptions,
  type FilterInput,
  type FetchAllOptions,
} from './api/shared.ts';
export type { AuthApi, LoginRequest, LoginResult } from './api/auth.ts';
export type { UsersApi, AccountHistoryOptions } from './api/users.ts';
export type {
  SecuritiesApi,
  MarketOptions,
  LookupOptions,
  SecurityListOptions,
} from './api/securities.ts';
export type { OrdersApi, OrderRouteOptions, OrderListOptions } from './api/orders.ts';
export { newClientId } from './api/client-id.ts';
export type { PositionsApi, PositionListOptions } from './api/positions.ts';
export type { WatchlistsApi, WatchlistReadOptions } from './api/watchlists.ts';
export type { AlertsApi, AlertListOptions } from './api/alerts.ts';
export type { TransactionsApi, TransactionListOptions } from './api/transactions.ts';
export { CHART_INTERVAL } from './contract/chart-history.ts';
export type { HistoryApi, CandlesRequest, ChartPeriod, IndicatorRequest } from './api/history.ts';
export type { NewsApi } from './api/news.ts';
export { decodeEntities } from './api/entities.ts';
export type { StreamersApi } from './api/streamers.ts';
export {
  QueryCache,
  type QueryKey,
  type LiveLink,
  type QueryDef,
  type QueryState,
  type QueryStatus,
  type QueryListener,
  type QueryCacheOptions,
  type KeyMatch,
} from './store/query-cache.ts';
export {
  pageRecoverySignals,
  type RecoveryOptions,
  type RecoverySignals,
} from './store/recovery.ts';
export {
  createResourceQueries,
  STALE_TIMES,
  type ResourceQueries,
  type LiveHooks,
  type OrdersQuery,
} from './store/resources.ts';
export { createWrites, type AutoSharesWrites } from './writes/writes.ts';
// Streaming and live quotes
export {
  StreamingClient,
  type StreamingClientOptions,
  type StreamListener,
} from './streaming/streaming-client.ts';
export type {
  StreamStatus,
  StreamerAddresses,
  StreamerServices,
  StreamerTuning,
  WebSocketConstructor,
  WebSocketLike,
} from './streaming/connection.ts';
export type { BackoffOptions } from './streaming/backoff.ts';
export {
  streamerFor,
  type StreamBalance,
  type StreamEntity,
  type StreamerKind,
  type StreamMessage,
  type StreamOrder,
  type StreamPayloads,
  type StreamPosition,
  type StreamPriceAlert,
  type StreamQuote,
  type StreamWatchlist,
  type StreamWatchlistContent,
} from './streaming/stream-types.ts';
export { QuoteStore, type QuoteListener, type QuoteStoreOptions } from './quotes/quote-store.ts';
export { SymbolResolver } from './quotes/symbol-resolver.ts';
export {
  createManualFrameScheduler,
  defaultFrameScheduler,
  type FrameScheduler,
  type ManualFrameScheduler,
} from './quotes/frame-scheduler.ts';
