/**
 * The Shareworks authentication server as the seed describes it: API keys (client id, secret
 * key, registered RS256 public key), the verification JWT exchanged at `POST auth/tokens` (`iss`
 * `shareworks.com`, `aud` `shareworks-api.solium.com`, `grant_type` `client_credentials`, the
 * client id and secret inside, single use, at most 15 minutes), access tokens of 5400 s, refresh
 * and terminate.
 */
import { decodeJwt, importSPKI, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { tokenExpired, tokenInvalid, tokenMissing } from './errors.ts';

/** The `iss` a verification JWT must carry (seed). */
export const VERIFICATION_ISSUER = 'shareworks.com';
/** The `aud` a verification JWT must carry (seed). */
export const VERIFICATION_AUDIENCE = 'shareworks-api.solium.com';
/** A verification JWT is good for 15 minutes (seed: "Good for single use within 15 minutes"). */
export const VERIFICATION_MAX_AGE_SECONDS = 900;
/** Access-token lifetime (seed: `expiresIn: 5400`). */
export const ACCESS_TOKEN_LIFETIME_SECONDS = 5400;
/** Clock skew tolerated on `iat` / `exp` (sandbox behaviour). */
const CLOCK_TOLERANCE_SECONDS = 30;

/** An API key as the admin portal's "Add API Key" creates it. */
export interface ApiKey {
  clientId: string;
  clientSecret: string;
  /** SPKI PEM (`-----BEGIN PUBLIC KEY-----`). */
  publicKey: string;
  enabled: boolean;
}

/** The seed's `200 OK` body of the token endpoints (the spec's `AccessTokenResponse`). */
export interface AccessTokenResponse {
  accessToken: string;
  expiresIn: number;
  scope: string;
  issuedAt: number;
  issuer: string;
  audience: string;
  tokenType: 'Bearer';
  sessionId: number;
}

interface Session {
  clientId: string;
  sessionId: number;
  expiresAt: number;
}

/** Keys, used verification JWT ids and live access tokens. */
export class ShareworksAuth {
  /** Access-token lifetime in seconds (5400 per the seed; tests may shorten it). */
  accessTokenLifetimeSeconds = ACCESS_TOKEN_LIFETIME_SECONDS;
  private readonly keys = new Map<string, ApiKey>();
  /** jti → when it may be forgotten (its JWT's `exp`), epoch s. */
  private readonly usedJtis = new Map<string, number>();
  private readonly sessions = new Map<string, Session>();
  private readonly signingKey = crypto.getRandomValues(new Uint8Array(32));
  private nextSessionId = 4938326202027;
  private nextClient = 12345678;

  constructor(private readonly now: () => number) {}

  /** Registers a public key, as "Add API Key" does; returns the client id and secret key. */
  addApiKey(publicKey: string): ApiKey {
    if (!/-----BEGIN PUBLIC KEY-----/.test(publicKey))
      throw new TypeError('publicKey must be an SPKI PEM (-----BEGIN PUBLIC KEY-----)');
    const key: ApiKey = {
      clientId: `WS${this.nextClient++}`,
      clientSecret: crypto.randomUUID(),
      publicKey,
      enabled: true,
    };
    this.keys.set(key.clientId, key);
    return key;
  }

  /** Whether `clientId` is a registered key. */
  hasKey(clientId: string): boolean {
    return this.keys.has(clientId);
  }

  /** Enables or disables a key (the admin portal's switch). */
  setEnabled(clientId: string, enabled: boolean): boolean {
    const key = this.keys.get(clientId);
    if (!key) return false;
    key.enabled = enabled;
    return true;
  }

  /** The client a bearer value belongs to (for rate limiting), without verifying it. */
  clientOf(bearer: string | null): string | null {
    if (!bearer) return null;
    const session = this.sessions.get(bearer);
    if (session) return session.clientId;
    try {
      const claim = decodeJwt(bearer).client_id;
      return typeof claim === 'string' && this.keys.has(claim) ? claim : null;
    } catch {
      return null;
    }
  }

  /** `POST auth/tokens`: checks the verification JWT and opens a session. */
  async exchange(bearer: string | null): Promise<AccessTokenResponse> {
    if (!bearer) throw tokenMissing();
    const payload = await this.verify(bearer);
    return this.issue(payload.client_id as string);
  }

  /** The session of an access token, or the seed's 401. */
  session(bearer: string | null): Session {
    if (!bearer) throw tokenMissing();
    const session = this.sessions.get(bearer);
    if (!session) throw tokenInvalid();
    if (this.nowSeconds() >= session.expiresAt) throw tokenExpired();
    return session;
  }

  /** `POST refresh/tokens`: a new access token for a live one (the old one stops working). */
  async refresh(
    bearer: string | null,
    bodyToken: string | undefined,
  ): Promise<AccessTokenResponse> {
    const session = this.session(bearer);
    if (bodyToken !== bearer) throw tokenInvalid();
    this.sessions.delete(bearer as string);
    return this.issue(session.clientId, session.sessionId);
  }

  /** `POST terminate/tokens`: ends the session; answers the token's details one last time. */
  terminate(bearer: string | null, bodyToken: string | undefined): AccessTokenResponse {
    const session = this.session(bearer);
    if (bodyToken !== bearer) throw tokenInvalid();
    this.sessions.delete(bearer as string);
    return this.describe(bearer as string, session, 0);
  }

  /** Control: makes every live access token expired (a test of reactive renewal). */
  expireAll(): number {
    const now = this.nowSeconds();
    for (const session of this.sessions.values()) session.expiresAt = now;
    return this.sessions.size;
  }

  private nowSeconds(): number {
    return Math.floor(this.now() / 1000);
  }

  private async verify(token: string): Promise<JWTPayload> {
    let claims: JWTPayload;
    try {
      claims = decodeJwt(token);
    } catch {
      throw tokenInvalid();
    }
    const key = typeof claims.client_id === 'string' ? this.keys.get(claims.client_id) : undefined;
    if (!key?.enabled) throw tokenInvalid();
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, await importSPKI(key.publicKey, 'RS256'), {
        algorithms: ['RS256'],
        issuer: VERIFICATION_ISSUER,
        audience: VERIFICATION_AUDIENCE,
        requiredClaims: ['iat', 'exp', 'jti'],
        maxTokenAge: VERIFICATION_MAX_AGE_SECONDS + CLOCK_TOLERANCE_SECONDS,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        currentDate: new Date(this.now()),
      }));
    } catch {
      throw tokenInvalid();
    }
    const { iat = 0, exp = 0, jti = '' } = payload;
    const valid =
      payload.client_secret === key.clientSecret &&
      payload.grant_type === 'client_credentials' &&
      exp - iat <= VERIFICATION_MAX_AGE_SECONDS &&
      iat <= this.nowSeconds() + CLOCK_TOLERANCE_SECONDS &&
      jti !== '' &&
      !this.usedJtis.has(jti);
    if (!valid) throw tokenInvalid();
    this.forgetOldJtis();
    this.usedJtis.set(jti, exp + CLOCK_TOLERANCE_SECONDS);
    return payload;
  }

  private forgetOldJtis(): void {
    const now = this.nowSeconds();
    for (const [jti, until] of this.usedJtis) if (until < now) this.usedJtis.delete(jti);
  }

  private async issue(
    clientId: string,
    sessionId = this.nextSessionId++,
  ): Promise<AccessTokenResponse> {
    const issuedAt = this.nowSeconds();
    const expiresIn = this.accessTokenLifetimeSeconds;
    const accessToken = await new SignJWT({
      sid: sessionId,
      scope: 'NO_ACCESS portfolio.READ_ONLY',
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(VERIFICATION_ISSUER)
      .setAudience(clientId)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + expiresIn)
      .setJti(crypto.randomUUID())
      .sign(this.signingKey);
    const session: Session = { clientId, sessionId, expiresAt: issuedAt + expiresIn };
    this.sessions.set(accessToken, session);
    return this.describe(accessToken, session, expiresIn, issuedAt);
  }

  private describe(
    accessToken: string,
    session: Session,
    expiresIn: number,
    issuedAt = this.nowSeconds(),
  ): AccessTokenResponse {
    return {
      accessToken,
      expiresIn,
      scope: 'NO_ACCESS portfolio.READ_ONLY',
      issuedAt,
      issuer: VERIFICATION_ISSUER,
      audience: session.clientId,
      tokenType: 'Bearer',
      sessionId: session.sessionId,
    };
  }
}
