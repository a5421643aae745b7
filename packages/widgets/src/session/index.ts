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
  type TokenProvider,
  type TokenProviderResult,
  type IssuedToken,
} from './token-source.ts';
export type { WidgetClient } from './client-port.ts';
