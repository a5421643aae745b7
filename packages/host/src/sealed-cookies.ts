/**
 * The bridge's two cookies, sealed with iron (AES-256-CBC + HMAC-SHA-256, `iron-webcrypto`):
 * `as_login` holds the state and PKCE verifier of a sign-in in progress, `as_session` the
 * tokens. Both are `HttpOnly`, `SameSite=Lax`, `Secure` on https, and scoped to the bridge's
 * path, so no page script and no other route of the site ever sees them.
 */
import { parseCookie, stringifySetCookie } from 'cookie';
import * as Iron from 'iron-webcrypto';
import type { ResolvedOptions } from './options.ts';

export const LOGIN_COOKIE = 'as_login';
export const SESSION_COOKIE = 'as_session';

/** A sign-in in progress. */
export interface LoginState {
  state: string;
  codeVerifier: string;
  /** Where to send the browser after a redirect-mode sign-in (a same-site path). */
  returnTo: string;
  /** Opened in a popup: the callback page messages `window.opener` and closes. */
  popup: boolean;
}

/** A signed-in session. */
export interface SessionState {
  accessToken: string;
  /** When the access token expires, epoch ms. */
  expiresAt: number;
  refreshToken?: string;
}

/** Sign-in attempts live 10 minutes, as long as an authorization code. */
export const LOGIN_MAX_AGE_SECONDS = 600;

export class SealedCookies {
  constructor(private readonly options: ResolvedOptions) {}

  /** Reads and unseals a cookie; null when absent, tampered with, expired or sealed with another secret. */
  async read<T>(request: Request, name: string): Promise<T | null> {
    const sealed = parseCookie(request.headers.get('Cookie') ?? '')[name];
    if (!sealed) return null;
    try {
      return (await Iron.unseal(sealed, this.options.cookieSecret, Iron.defaults)) as T;
    } catch {
      return null;
    }
  }

  /** A `Set-Cookie` value holding `value` sealed, living `maxAgeSeconds`. */
  async write(name: string, value: object, maxAgeSeconds: number): Promise<string> {
    const sealed = await Iron.seal(value, this.options.cookieSecret, {
      ...Iron.defaults,
      ttl: maxAgeSeconds * 1000,
    });
    return this.serialize(name, sealed, maxAgeSeconds);
  }

  /** A `Set-Cookie` value that deletes the cookie. */
  clear(name: string): string {
    return this.serialize(name, '', 0);
  }

  private serialize(name: string, value: string, maxAge: number): string {
    return stringifySetCookie({
      name,
      value,
      maxAge,
      path: this.options.basePath,
      httpOnly: true,
      secure: this.options.secureCookies,
      sameSite: 'lax',
    });
  }
}
