/**
 * `@autoshares/host`: the server-side token bridge a partner mounts on its own site so that
 * `<as-session token-endpoint="/autoshares/token" login-url="/autoshares/login">` works with no
 * script of the page's own. See the README.
 */
export { createTokenBridge, type BridgeTokenResponse, type TokenBridge } from './bridge.ts';
export type { TokenBridgeOptions } from './options.ts';
export type { SignInMessage } from './pages.ts';
export { BridgeError } from './oauth-client.ts';
export { isSameOriginRequest } from './same-origin.ts';
export {
  createSharesightBridge,
  memoryGrantStore,
  type SharesightBridge,
  type SharesightBridgeOptions,
  type SharesightGrant,
  type SharesightGrantStore,
  type SharesightUserDetails,
} from './sharesight/index.ts';
export * from './shareworks/index.ts';
