/**
 * Bearer tokens and streamer session ids. Tokens are opaque random strings from the platform's
 * `crypto.getRandomValues` (not the seeded PRNG: they must not be guessable, and they are not
 * part of the simulation's determinism). They expire after `lifetimeMs` on the world's clock,
 * or when revoked (`/logout`, the expire-tokens fault knob).
 */

/** 32 random bytes as URL-safe base64 text. */
export function randomToken(bytes = 32): string {
  const buf = new Uint8Array(bytes);
  globalThis.crypto.getRandomValues(buf);
  let text = '';
  for (const b of buf) text += String.fromCharCode(b);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** What a token stands for. */
export interface TokenGrant {
  userId: number;
  /** `interim` tokens only complete a two-factor login; they open no API route. */
  kind: 'access' | 'interim';
  expiresAt: number;
}

export class TokenStore {
  private readonly tokens = new Map<string, TokenGrant>();

  constructor(
    private readonly now: () => number,
    /** Lifetime of access tokens, ms. */
    public lifetimeMs: number,
    /** Lifetime of two-factor interim tokens, ms. */
    private readonly interimLifetimeMs = 5 * 60_000,
  ) {}

  /** Issues a token for a user. */
  issue(userId: number, kind: TokenGrant['kind'] = 'access'): string {
    const token = randomToken();
    const lifetime = kind === 'access' ? this.lifetimeMs : this.interimLifetimeMs;
    this.tokens.set(token, { userId, kind, expiresAt: this.now() + lifetime });
    return token;
  }

  /** The live grant of a token of the given kind, or null (unknown, expired, revoked). */
  grant(token: string, kind: TokenGrant['kind'] = 'access'): TokenGrant | null {
    const g = this.tokens.get(token);
    if (!g || g.kind !== kind) return null;
    if (g.expiresAt <= this.now()) {
      this.tokens.delete(token);
      return null;
    }
    return g;
  }

  /** Revokes one token; true if it was known. */
  revoke(token: string): boolean {
    return this.tokens.delete(token);
  }

  /** Expires every token (or those of `userId`, or just `token`); returns how many. */
  expire(scope: { userId?: number; token?: string } = {}): number {
    let n = 0;
    for (const [token, g] of this.tokens) {
      if (scope.token !== undefined && token !== scope.token) continue;
      if (scope.userId !== undefined && g.userId !== scope.userId) continue;
      g.expiresAt = Number.NEGATIVE_INFINITY;
      n++;
    }
    return n;
  }
}

/** Streamer session ids (what `/v1.0/streamers` hands out), per user. */
export class StreamerSessions {
  private readonly sessions = new Map<string, number>();

  create(userId: number): string {
    const id = crypto.randomUUID();
    this.sessions.set(id, userId);
    return id;
  }

  userId(sessionId: string): number | null {
    return this.sessions.get(sessionId) ?? null;
  }
}
