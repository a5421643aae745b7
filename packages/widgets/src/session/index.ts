export { AutoSharesSession } from './as-session.ts';
export { sessionContext, ensureContextRoot } from './context.ts';
export { defaultSessionRegistry, type DefaultSessionRegistry } from './default-session.ts';
export {
  defaultAccountId,
  type AuthState,
  type Session,
  type ThemeName,
  type UserAccount,
  type UserInfo,
} from './session.ts';
export {
  readTokenResult,
  TokenApiMismatchError,
  TokenEndpointForbiddenError,
  type TokenProvider,
  type TokenProviderResult,
  type TokenRequest,
  type IssuedToken,
} from './token-source.ts';
export { readSignInMessage, SIGN_IN_MESSAGE_TYPE, type SignInOutcome } from './sign-in-popup.ts';
export { ConfigErrorEvent, type ConfigErrorReason } from './config-error.ts';
export type { AutoSharesClient } from '@autoshares/client';
