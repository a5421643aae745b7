/**
 * Connects the authorization server to the sandbox {@link World}: demo users sign in with the
 * same passwords (and two-factor code) as `POST /token`, and access tokens come from the
 * world's own token store, so the REST API and the streamers accept them like `/token` tokens.
 */
import { VERIFICATION_CODE } from '../world/users.ts';
import type { World } from '../world/world.ts';
import type { OAuthWorld } from './authorization-server.ts';

/** The {@link OAuthWorld} view of a sandbox world. */
export function oauthWorldOf(world: World): OAuthWorld {
  return {
    now: () => world.now(),
    authenticateUser(username, password, verificationCode) {
      const user = world.users.byUsername(username.trim());
      if (!user || user.password !== password) return { error: 'Wrong username or password.' };
      if (user.twoFactor && verificationCode?.trim() !== VERIFICATION_CODE) {
        return {
          error: verificationCode
            ? 'Wrong verification code.'
            : 'This account uses two-step verification: enter the verification code.',
        };
      }
      return { userId: user.id };
    },
    issueAccessToken(userId, lifetimeMs) {
      // The token store issues with its configured lifetime; lend it ours for this one token.
      const previous = world.tokens.lifetimeMs;
      world.tokens.lifetimeMs = lifetimeMs;
      try {
        return world.tokens.issue(userId);
      } finally {
        world.tokens.lifetimeMs = previous;
      }
    },
    revokeAccessToken(token) {
      world.tokens.revoke(token);
    },
  };
}
