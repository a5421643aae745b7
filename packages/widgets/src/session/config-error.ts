/**
 * Configuration mistakes of the page that no sign-in can fix: a refused `base-url`,
 * `token-endpoint` or `login-url`, a token endpoint that cannot serve this page, or one whose
 * token is for another API than `base-url`. The session shows them in every element, warns on
 * the console and fires `as-config-error` once per new mistake.
 */

/**
 * What is wrong:
 * - `base-url`, `token-endpoint`, `login-url`: that setting is refused by the URL policy;
 * - `token-endpoint-forbidden`: the token endpoint is on another origin than the page, or
 *   answered 403: the page is not on the origin the sign-in bridge serves;
 * - `token-api`: the token endpoint's token is for another API than `base-url` (not used).
 */
export type ConfigErrorReason =
  'base-url' | 'token-endpoint' | 'token-endpoint-forbidden' | 'token-api' | 'login-url';

/**
 * `as-config-error`: the session found a configuration mistake (see `reason`) and will not use
 * it: no request goes to a refused URL, no token to an API it was not issued for. `message`
 * says what is wrong, for the host's logs; it never carries a token.
 */
export class ConfigErrorEvent extends Event {
  static readonly eventName = 'as-config-error' as const;
  readonly reason: ConfigErrorReason;
  readonly message: string;
  constructor(reason: ConfigErrorReason, message: string) {
    super(ConfigErrorEvent.eventName, { bubbles: true, composed: true });
    this.reason = reason;
    this.message = message;
  }
}

/** The session's current configuration mistakes, one per setting, reported once each. */
export class ConfigErrors {
  readonly #problems = new Map<ConfigErrorReason, string>();
  readonly #host: HTMLElement;

  constructor(host: HTMLElement) {
    this.#host = host;
  }

  /**
   * Records `reason`'s mistake (a new one is warned about and fired as `as-config-error`) or,
   * with null, clears it. True when anything changed.
   */
  set(reason: ConfigErrorReason, message: string | null): boolean {
    const previous = this.#problems.get(reason) ?? null;
    if (previous === message) return false;
    if (message === null) {
      this.#problems.delete(reason);
      return true;
    }
    this.#problems.set(reason, message);
    console.warn(`<as-session>: ${message}`);
    this.#host.dispatchEvent(new ConfigErrorEvent(reason, message));
    return true;
  }

  has(reason: ConfigErrorReason): boolean {
    return this.#problems.has(reason);
  }

  /**
   * What the elements show: a wrong API or token source always; a wrong `login-url` only
   * while signed out (the only time it would be used).
   */
  shown(signedOut: boolean): string | null {
    for (const reason of [
      'base-url',
      'token-endpoint',
      'token-endpoint-forbidden',
      'token-api',
    ] as const) {
      const message = this.#problems.get(reason);
      if (message) return message;
    }
    return (signedOut && this.#problems.get('login-url')) || null;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'as-config-error': ConfigErrorEvent;
  }
}
