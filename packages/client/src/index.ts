export * from './filter/filter.ts';
export type { components, paths, operations } from './generated/autoshares-api.ts';
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
