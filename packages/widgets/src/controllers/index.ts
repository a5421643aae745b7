export {
  QueryController,
  type QueryOptions,
  type QuerySelector,
  type SessionHost,
} from './query-controller.ts';
export { QuoteController, type QuoteKey } from './quote-controller.ts';
export { StreamController, type StreamOptions } from './stream-controller.ts';
export {
  LinkGroupController,
  publishToLinkGroup,
  type LinkGroupHost,
} from './link-group-controller.ts';
export { AnnouncerController } from './announcer-controller.ts';
export { isStale, type StreamerKind } from './stream-status.ts';
export {
  MutationController,
  focusIfLost,
  type FocusTarget,
  type MutationFailure,
  type MutationHost,
  type MutationOptions,
} from './mutation-controller.ts';
