/**
 * The sandbox's OAuth 2.0 authorization server (Authorization Code grant with optional PKCE,
 * and refresh tokens), shaped like AutoShares' Auth0 tenant: `/authorize`, `/oauth/token`.
 *
 * Transport-free: it takes parameters and returns outcomes, so the same state machine runs
 * behind the Node server and inside the browser sandbox. Time comes from the world's clock;
 * access tokens come from the world's own token issuing, so they open the REST API and the
 * streamers exactly like `/token` tokens.
 */
import { randomToken } from '../world/auth.ts';
import { ClientRegistry, isRegisteredRedirectUri, type OAuthClient } from './clients.ts';
import { OAuthError } from './errors.ts';
import { isPkceValue, verifyS256 } from './pkce.ts';

/** What the authorization server needs from the world. */
export interface OAuthWorld {
  /** Current time on the world's clock, epoch ms. */
  now(): number;
  /**
   * Checks a sign-in: the userId, or a message for the user (wrong password, a two-factor user
   * without the right verification code).
   */
  authenticateUser(
    username: string,
    password: string,
    verificationCode: string | undefined,
  ): { userId: number } | { error: string };
  /** Issue a bearer token (the kind `/token` issues) for a user, living `lifetimeMs`. */
  issueAccessToken(userId: number, lifetimeMs: number): string;
  /** Revoke a bearer token issued by {@link issueAccessToken}. */
  revokeAccessToken(token: string): void;
}

export interface AuthorizationServerOptions {
  /** Registered clients (default: the demo client only). */
  clients?: readonly OAuthClient[];
  /** Authorization code lifetime, ms (default 10 minutes, as AutoShares documents). */
  codeLifetimeMs?: number;
  /** Access token lifetime, ms (default 24 hours, as AutoShares documents). */
  accessTokenLifetimeMs?: number;
  /** How long a sign-in/consent page stays usable, ms (default 10 minutes). */
  interactionLifetimeMs?: number;
}

/** A validated authorization request waiting for sign-in and consent. */
export interface Interaction {
  id: string;
  client: OAuthClient;
  redirectUri: string;
  state: string | undefined;
  scope: string | undefined;
  codeChallenge: string | undefined;
  expiresAt: number;
  /** Set once the user signed in. */
  userId: number | null;
}

/** What `/authorize` should do next. */
export type AuthorizeOutcome =
  /** Show an error page and never redirect (unknown client, unregistered redirect URI). */
  | { type: 'error-page'; status: 400; message: string }
  /** Redirect the user agent (success with `code`, or an RFC 6749 §4.1.2.1 error). */
  | { type: 'redirect'; location: string }
  /** Show the sign-in form (with an optional message, e.g. wrong password). */
  | { type: 'sign-in'; interaction: Interaction; message?: string }
  /** Show the consent step. */
  | { type: 'consent'; interaction: Interaction };

/** The RFC 6749 §5.1 success body. */
export interface TokenResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  refresh_token?: string;
  scope?: string;
}

interface CodeRecord {
  clientId: string;
  userId: number;
  redirectUri: string;
  codeChallenge: string | undefined;
  scope: string | undefined;
  expiresAt: number;
  used: boolean;
  grantId: string;
}

/** One user's authorization of one client: the tokens that came from one code. */
interface Grant {
  clientId: string;
  userId: number;
  scope: string | undefined;
  accessTokens: Set<string>;
  refreshToken: string | null;
}

const AUTHORIZE_PARAMS = [
  'response_type',
  'client_id',
  'redirect_uri',
  'state',
  'scope',
  'code_challenge',
  'code_challenge_method',
];

export class OAuthAuthorizationServer {
  readonly clients: ClientRegistry;
  codeLifetimeMs: number;
  accessTokenLifetimeMs: number;
  interactionLifetimeMs: number;
  private readonly interactions = new Map<string, Interaction>();
  private readonly codes = new Map<string, CodeRecord>();
  private readonly grants = new Map<string, Grant>();
  private readonly refreshTokens = new Map<string, string>();

  constructor(
    private readonly world: OAuthWorld,
    options: AuthorizationServerOptions = {},
  ) {
    this.clients = new ClientRegistry(options.clients);
    this.codeLifetimeMs = options.codeLifetimeMs ?? 10 * 60_000;
    this.accessTokenLifetimeMs = options.accessTokenLifetimeMs ?? 24 * 60 * 60_000;
    this.interactionLifetimeMs = options.interactionLifetimeMs ?? 10 * 60_000;
  }

  /**
   * `GET /authorize`: validate the request. Client and redirect URI problems show an error page;
   * every other problem redirects back with `error=` (RFC 6749 §4.1.2.1).
   */
  authorize(params: URLSearchParams): AuthorizeOutcome {
    const clientId = params.get('client_id');
    const client = clientId ? this.clients.get(clientId) : undefined;
    if (!clientId || params.getAll('client_id').length > 1) {
      return errorPage('The request has no client_id (or more than one), so it cannot be trusted.');
    }
    if (!client) return errorPage(`No application is registered with client_id "${clientId}".`);
    const redirectUri = params.get('redirect_uri');
    if (!redirectUri || params.getAll('redirect_uri').length > 1) {
      return errorPage('The request has no redirect_uri (or more than one).');
    }
    if (!isRegisteredRedirectUri(client, redirectUri)) {
      return errorPage(`The redirect_uri "${redirectUri}" is not registered for ${client.name}.`);
    }
    const state = params.get('state') ?? undefined;
    const back = (code: string, description: string): AuthorizeOutcome => ({
      type: 'redirect',
      location: withQuery(redirectUri, { error: code, error_description: description, state }),
    });
    const repeated = AUTHORIZE_PARAMS.find((name) => params.getAll(name).length > 1);
    if (repeated)
      return back('invalid_request', `The parameter ${repeated} appears more than once.`);
    const responseType = params.get('response_type');
    if (!responseType) return back('invalid_request', 'response_type is required.');
    if (responseType !== 'code') {
      return back('unsupported_response_type', 'Only response_type=code is supported.');
    }
    if (!client.grantTypes.includes('authorization_code')) {
      return back('unauthorized_client', 'This client may not use the authorization code grant.');
    }
    const challenge = params.get('code_challenge') ?? undefined;
    const method = params.get('code_challenge_method') ?? undefined;
    if (method !== undefined && challenge === undefined) {
      return back('invalid_request', 'code_challenge_method was sent without a code_challenge.');
    }
    if (challenge !== undefined) {
      if (method !== 'S256') {
        return back(
          'invalid_request',
          'code_challenge_method must be S256 (plain is not supported).',
        );
      }
      if (!isPkceValue(challenge)) return back('invalid_request', 'code_challenge is malformed.');
    }
    const interaction: Interaction = {
      id: randomToken(),
      client,
      redirectUri,
      state,
      scope: params.get('scope') ?? undefined,
      codeChallenge: challenge,
      expiresAt: this.world.now() + this.interactionLifetimeMs,
      userId: null,
    };
    this.interactions.set(interaction.id, interaction);
    return { type: 'sign-in', interaction };
  }

  /** The sign-in form was submitted. */
  signIn(
    interactionId: string,
    username: string,
    password: string,
    verificationCode?: string,
  ): AuthorizeOutcome {
    const interaction = this.liveInteraction(interactionId);
    if (!interaction) return expiredInteraction();
    const result = this.world.authenticateUser(username, password, verificationCode);
    if ('error' in result) return { type: 'sign-in', interaction, message: result.error };
    interaction.userId = result.userId;
    return { type: 'consent', interaction };
  }

  /** The consent step was answered: redirect with a code, or with `error=access_denied`. */
  consent(interactionId: string, approved: boolean): AuthorizeOutcome {
    const interaction = this.liveInteraction(interactionId);
    if (!interaction || interaction.userId === null) return expiredInteraction();
    this.interactions.delete(interactionId);
    const { redirectUri, state } = interaction;
    if (!approved) {
      return {
        type: 'redirect',
        location: withQuery(redirectUri, {
          error: 'access_denied',
          error_description: 'The user declined to authorize the application.',
          state,
        }),
      };
    }
    const code = randomToken();
    this.codes.set(code, {
      clientId: interaction.client.clientId,
      userId: interaction.userId,
      redirectUri,
      codeChallenge: interaction.codeChallenge,
      scope: interaction.scope,
      expiresAt: this.world.now() + this.codeLifetimeMs,
      used: false,
      grantId: randomToken(16),
    });
    return { type: 'redirect', location: withQuery(redirectUri, { code, state }) };
  }

  /**
   * `POST /oauth/token`. `form` is the form-encoded body, `authorization` the request's
   * `Authorization` header. Throws {@link OAuthError} for every RFC 6749 §5.2 failure.
   */
  async token(form: URLSearchParams, authorization: string | null): Promise<TokenResponse> {
    for (const [name] of form) {
      if (form.getAll(name).length > 1) {
        throw new OAuthError('invalid_request', `The parameter ${name} appears more than once.`);
      }
    }
    const client = this.authenticateClient(form, authorization);
    const grantType = form.get('grant_type');
    if (!grantType) throw new OAuthError('invalid_request', 'grant_type is required.');
    if (grantType !== 'authorization_code' && grantType !== 'refresh_token') {
      throw new OAuthError(
        'unsupported_grant_type',
        `The grant type "${grantType}" is not supported.`,
      );
    }
    if (!client.grantTypes.includes(grantType)) {
      throw new OAuthError(
        'unauthorized_client',
        `This client may not use the ${grantType} grant.`,
      );
    }
    return grantType === 'authorization_code'
      ? this.exchangeCode(client, form)
      : this.refresh(client, form);
  }

  /**
   * Revoke refresh tokens: one (`refreshToken`), a user's, a client's, or all. Access tokens
   * already issued live on until they expire. Returns how many were revoked.
   */
  revokeRefreshTokens(
    scope: { refreshToken?: string; userId?: number; clientId?: string } = {},
  ): number {
    let n = 0;
    for (const grant of this.grants.values()) {
      if (!grant.refreshToken) continue;
      if (scope.refreshToken !== undefined && grant.refreshToken !== scope.refreshToken) continue;
      if (scope.userId !== undefined && grant.userId !== scope.userId) continue;
      if (scope.clientId !== undefined && grant.clientId !== scope.clientId) continue;
      this.refreshTokens.delete(grant.refreshToken);
      grant.refreshToken = null;
      n++;
    }
    return n;
  }

  private async exchangeCode(client: OAuthClient, form: URLSearchParams): Promise<TokenResponse> {
    const code = form.get('code');
    if (!code) throw new OAuthError('invalid_request', 'code is required.');
    const redirectUri = form.get('redirect_uri');
    if (!redirectUri) throw new OAuthError('invalid_request', 'redirect_uri is required.');
    const record = this.codes.get(code);
    if (!record || record.clientId !== client.clientId) {
      throw new OAuthError(
        'invalid_grant',
        'The authorization code is unknown or was issued to another client.',
      );
    }
    if (record.used) {
      // RFC 6749 §4.1.2: a replayed code is refused and what it granted is revoked.
      this.revokeGrant(record.grantId);
      throw new OAuthError(
        'invalid_grant',
        'The authorization code was already used; the tokens issued from it have been revoked.',
      );
    }
    if (record.expiresAt <= this.world.now()) {
      this.codes.delete(code);
      throw new OAuthError('invalid_grant', 'The authorization code has expired.');
    }
    if (record.redirectUri !== redirectUri) {
      throw new OAuthError(
        'invalid_grant',
        'redirect_uri does not match the one of the authorization request.',
      );
    }
    const verifier = form.get('code_verifier');
    if (record.codeChallenge !== undefined) {
      if (!verifier) throw new OAuthError('invalid_grant', 'code_verifier is required (PKCE).');
      if (!(await verifyS256(verifier, record.codeChallenge))) {
        throw new OAuthError('invalid_grant', 'code_verifier does not match the code_challenge.');
      }
    } else if (verifier) {
      throw new OAuthError(
        'invalid_grant',
        'code_verifier was sent but the authorization request had no code_challenge.',
      );
    }
    record.used = true;
    const grant: Grant = {
      clientId: client.clientId,
      userId: record.userId,
      scope: record.scope,
      accessTokens: new Set(),
      refreshToken: client.grantTypes.includes('refresh_token') ? randomToken() : null,
    };
    this.grants.set(record.grantId, grant);
    if (grant.refreshToken) this.refreshTokens.set(grant.refreshToken, record.grantId);
    const response = this.issue(grant);
    if (grant.refreshToken) response.refresh_token = grant.refreshToken;
    return response;
  }

  private refresh(client: OAuthClient, form: URLSearchParams): TokenResponse {
    const token = form.get('refresh_token');
    if (!token) throw new OAuthError('invalid_request', 'refresh_token is required.');
    const grantId = this.refreshTokens.get(token);
    const grant = grantId ? this.grants.get(grantId) : undefined;
    if (!grant || grant.clientId !== client.clientId) {
      throw new OAuthError(
        'invalid_grant',
        'The refresh token is unknown, revoked or was issued to another client.',
      );
    }
    return this.issue(grant);
  }

  private issue(grant: Grant): TokenResponse {
    const accessToken = this.world.issueAccessToken(grant.userId, this.accessTokenLifetimeMs);
    grant.accessTokens.add(accessToken);
    const response: TokenResponse = {
      access_token: accessToken,
      token_type: 'Bearer',
      // Rounded down: a client must never believe a token lives longer than it does.
      expires_in: Math.max(1, Math.floor(this.accessTokenLifetimeMs / 1000)),
    };
    if (grant.scope !== undefined) response.scope = grant.scope;
    return response;
  }

  private revokeGrant(grantId: string): void {
    const grant = this.grants.get(grantId);
    if (!grant) return;
    for (const token of grant.accessTokens) this.world.revokeAccessToken(token);
    if (grant.refreshToken) this.refreshTokens.delete(grant.refreshToken);
    this.grants.delete(grantId);
  }

  /** RFC 6749 §2.3.1: HTTP Basic or `client_secret_post`, never both. */
  private authenticateClient(form: URLSearchParams, authorization: string | null): OAuthClient {
    const basic = parseBasic(authorization);
    const postId = form.get('client_id');
    const postSecret = form.get('client_secret');
    if (basic && postSecret !== null) {
      throw new OAuthError(
        'invalid_request',
        'Use one client authentication method, not both Basic and client_secret.',
      );
    }
    const clientId = basic ? basic.id : postId;
    const secret = basic ? basic.secret : postSecret;
    if (basic && postId !== null && postId !== basic.id) {
      throw new OAuthError(
        'invalid_request',
        'client_id in the body differs from the Basic credentials.',
      );
    }
    if (!clientId) throw new OAuthError('invalid_client', 'Client authentication is required.');
    const client = this.clients.get(clientId);
    if (!client) throw new OAuthError('invalid_client', 'Unknown client.');
    if (secret === null || secret === '') {
      throw new OAuthError('invalid_client', 'The client secret is required.');
    }
    if (secret !== client.clientSecret)
      throw new OAuthError('invalid_client', 'Wrong client secret.');
    return client;
  }

  private liveInteraction(id: string): Interaction | null {
    const interaction = this.interactions.get(id);
    if (!interaction) return null;
    if (interaction.expiresAt <= this.world.now()) {
      this.interactions.delete(id);
      return null;
    }
    return interaction;
  }
}

function errorPage(message: string): AuthorizeOutcome {
  return { type: 'error-page', status: 400, message };
}

function expiredInteraction(): AuthorizeOutcome {
  return errorPage(
    'This sign-in page has expired or was already used. Go back to the application and start again.',
  );
}

/** `uri` with the given query parameters appended (undefined values left out). */
function withQuery(uri: string, params: Record<string, string | undefined>): string {
  const url = new URL(uri);
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined) url.searchParams.set(name, value);
  }
  return url.href;
}

/** RFC 6749 §2.3.1 Basic credentials (each part form-urlencoded), or null. */
function parseBasic(header: string | null): { id: string; secret: string } | null {
  const match = header?.match(/^Basic\s+([A-Za-z0-9+/=]+)\s*$/i);
  if (!match) return null;
  let decoded: string;
  try {
    decoded = atob(match[1]);
  } catch {
    return null;
  }
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  const unform = (s: string) => decodeURIComponent(s.replace(/\+/g, ' '));
  try {
    return { id: unform(decoded.slice(0, colon)), secret: unform(decoded.slice(colon + 1)) };
  } catch {
    return null;
  }
}
