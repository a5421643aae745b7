/**
 * `@autoshares/client`: what a page or the widgets use: the client, its errors, the wire types
 * and contract, the URL policy, the filter builder, the resource definitions and the types of
 * every endpoint group, query and stream. The building blocks the client is made of (transport,
 * limiter, token manager, query cache, streaming, quote store, date helpers, order rejections)
 * are published apart as `@autoshares/client/internal`, so a bundler splitting code never pulls
 * them into a page that only uses the client.
 */
export * from './filter/filter.ts';
export type { components, paths, operations } from './generated/autoshares-api.ts';
export { AutoSharesClient, type AutoSharesClientOptions } from './client.ts';
export {
  AutoSharesError,
  isAutoSharesError,
  DEFAULT_ERROR_MESSAGES,
  type AutoSharesErrorCode,
  type AutoSharesErrorInit,
} from './errors.ts';
export * from './types.ts';
// The wire contract, also published alone as `@autoshares/client/contract`.
export * from './contract/index.ts';
export type {
  CallOptions,
  RetryPolicy,
  RequestSpec,
  HttpMethod,
  TransportOptions,
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
export type { RequestCategory, BucketLimit, LimitsOption } from './http/limiter.ts';
export type { TokenManagerOptions } from './auth/token-manager.ts';
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
export type { AutoSharesApi } from './api/index.ts';
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
export type { ActivityApi, ActivityListOptions, ActivityReportOptions } from './api/activity.ts';
export type {
  FundingApi,
  AchRelationshipResource,
  TransferResource,
  FeeResource,
  AllowedIraConstraintsResource,
  CreateAchRelationshipResource,
  ApproveAchRelationshipResource,
  AchTransferEditableResource,
  WireTransferEditableResource,
  CheckRequestEditableResource,
  TransferMechanism,
  TransferMatch,
  TransferSendOptions,
  AchRelationshipListOptions,
  TransferListOptions,
} from './api/funding.ts';
export { CHART_INTERVAL } from './contract/chart-history.ts';
export type { HistoryApi, CandlesRequest, ChartPeriod, IndicatorRequest } from './api/history.ts';
export type { NewsApi } from './api/news.ts';
export { decodeEntities } from './api/entities.ts';
export type { StreamersApi } from './api/streamers.ts';
export {
  AGREEMENT_IDS,
  MARKET_DATA_AGREEMENTS,
  type AgreementItemResource,
  type AgreementType,
} from './api/agreement-ids.ts';
export type { AgreementsApi } from './api/agreements.ts';
export type {
  QueryCache,
  QueryKey,
  LiveLink,
  QueryDef,
  QueryState,
  QueryStatus,
  QueryListener,
  QueryCacheOptions,
  KeyMatch,
} from './store/query-cache.ts';
export {
  pageRecoverySignals,
  type RecoveryOptions,
  type RecoverySignals,
} from './store/recovery.ts';
// Resource definitions: `client.queries.subscribe(balanceQuery(client, accountId), render)`.
export * from './store/resources/index.ts';
export type { AutoSharesWrites } from './writes/writes.ts';
// Streaming and live quotes
export type {
  StreamingClient,
  StreamingClientOptions,
  StreamListener,
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
export type { QuoteStore, QuoteListener, QuoteStoreOptions } from './quotes/quote-store.ts';
export {
  defaultFrameScheduler,
  type FrameScheduler,
  type ManualFrameScheduler,
} from './quotes/frame-scheduler.ts';
