export { AutoSharesSession } from './as-session.ts';
export { sessionContext, ensureContextRoot } from './context.ts';
export { defaultSessionRegistry, type DefaultSessionRegistry } from './default-session.ts';
export { defaultAccountId, type AuthState, type Session, type ThemeName } from './session.ts';
export { TokenApiMismatchError, TokenEndpointForbiddenError } from './token-errors.ts';
export { readSignInMessage, SIGN_IN_MESSAGE_TYPE, type SignInOutcome } from './sign-in-popup.ts';
export { ConfigErrorEvent, type ConfigErrorReason, type ConfigProblem } from './config-error.ts';
export {
  readTokenResult,
  type AutoSharesClient,
  type IssuedToken,
  type TokenProvider,
  type TokenRequest,
  type TokenResponse,
  type TokenResult,
  type UserAccountModel,
  type UserInfoModel,
} from '@autoshares/client';
export { AuthRequiredEvent, type AuthRequiredReason } from './auth-required.ts';
export { AutoSharesProvider } from './providers/as-provider.ts';
export type { ProviderSource } from './providers/provider-source.ts';
