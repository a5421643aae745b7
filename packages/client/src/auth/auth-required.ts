/**
 * The one auth-required signal of the kit: the client hands it to `onAuthRequired` listeners,
 * and `<as-session>` dispatches the same class as its `as-auth-required` DOM event.
 */

/**
 * Why no valid token can be had:
 * - `'no-token'`: none was given and the provider (if any) had none: the user is not signed in;
 * - `'token-rejected'`: the API refused the token (401) and the provider gave no other one
 *   (it expired, was revoked, or is for another user than the data asked for).
 */
export type AuthRequiredReason = 'no-token' | 'token-rejected';

/**
 * `as-auth-required`: no valid token can be had (see `reason`). Sign the user in; once the
 * token provider has a token (or `<as-session>` gets a `token`) everything recovers by itself.
 * `bubbles` and `composed`, so from `<as-session>` it reaches the page. Never carries the token.
 */
export class AuthRequiredEvent extends Event {
  static readonly eventName = 'as-auth-required' as const;
  readonly reason: AuthRequiredReason;
  constructor(reason: AuthRequiredReason) {
    super(AuthRequiredEvent.eventName, { bubbles: true, composed: true });
    this.reason = reason;
  }
}

export type AuthRequiredListener = (event: AuthRequiredEvent) => void;
