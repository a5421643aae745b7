/**
 * OAuth clients registered with the sandbox's authorization server, and redirect-URI matching.
 *
 * Redirect URIs match exactly, except that on a loopback host (`127.0.0.1`, `localhost`,
 * `[::1]`) over `http` any port is accepted, as RFC 8252 §7.3 asks for native and local
 * development clients: `http://127.0.0.1/autoshares/callback` is registered, so
 * `http://127.0.0.1:5173/autoshares/callback` is accepted, but `http://127.0.0.1:5173/other` is not.
 */

export type OAuthGrantType = 'authorization_code' | 'refresh_token';

/** A registered client application (a "partner"). */
export interface OAuthClient {
  clientId: string;
  /** The secret server-side key. */
  clientSecret: string;
  /** Human-readable name shown on the consent page. */
  name: string;
  redirectUris: readonly string[];
  /** Grants the client may use; `refresh_token` also means refresh tokens are issued to it. */
  grantTypes: readonly OAuthGrantType[];
}

/** The sandbox's demo partner application. */
export const DEMO_OAUTH_CLIENT: OAuthClient = {
  clientId: 'autoshares-demo-client',
  clientSecret: 'autoshares-demo-secret',
  name: 'AutoShares Demo Partner',
  redirectUris: [
    'http://127.0.0.1/autoshares/callback',
    'http://localhost/autoshares/callback',
    'http://[::1]/autoshares/callback',
  ],
  grantTypes: ['authorization_code', 'refresh_token'],
};

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function parse(uri: string): URL | null {
  try {
    return new URL(uri);
  } catch {
    return null;
  }
}

/** Is `uri` one of the client's registered redirect URIs (loopback: any port)? */
export function isRegisteredRedirectUri(client: OAuthClient, uri: string): boolean {
  const candidate = parse(uri);
  if (!candidate || candidate.hash) return false;
  return client.redirectUris.some((registered) => {
    if (registered === uri) return true;
    const r = parse(registered);
    if (!r || r.protocol !== 'http:' || !LOOPBACK_HOSTS.has(r.hostname)) return false;
    return (
      candidate.protocol === 'http:' &&
      candidate.hostname === r.hostname &&
      candidate.pathname === r.pathname &&
      candidate.search === r.search
    );
  });
}

/** Registered clients by id. */
export class ClientRegistry {
  private readonly byId = new Map<string, OAuthClient>();

  constructor(clients: readonly OAuthClient[] = [DEMO_OAUTH_CLIENT]) {
    for (const c of clients) this.byId.set(c.clientId, c);
  }

  get(clientId: string): OAuthClient | undefined {
    return this.byId.get(clientId);
  }
}
