/**
 * The sandbox's OAuth 2.0 authorization server (Authorization Code + PKCE, refresh tokens),
 * mounted at the sandbox root like AutoShares' Auth0 tenant: `/authorize`, `/oauth/token`.
 */
export { registerOAuthRoutes } from './routes.ts';
export {
  OAuthAuthorizationServer,
  type AuthorizationServerOptions,
  type AuthorizeOutcome,
  type Interaction,
  type OAuthWorld,
  type TokenResponse,
} from './authorization-server.ts';
export {
  DEMO_OAUTH_CLIENT,
  isRegisteredRedirectUri,
  type OAuthClient,
  type OAuthGrantType,
} from './clients.ts';
export { OAuthError, type OAuthErrorCode } from './errors.ts';
export { oauthWorldOf } from './world-port.ts';
