/**
 * Configuration mistakes of the page that no sign-in can fix: a refused `base-url`,
 * `token-endpoint` or `login-url`, a token endpoint that cannot serve this page, or one whose
 * token is for another API than `base-url`. The session shows them in every element, warns on
 * the console and fires `as-config-error` once per new mistake.
 */
import { UrlPolicyError, type UrlRefusal } from '@autoshares/client';
import { msg, str } from '../locale/msg.ts';
import { TokenApiMismatchError, TokenEndpointForbiddenError } from './token-source.ts';

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

/**
 * A configuration mistake as the elements show it: `message` in English for the host's logs
 * (the `as-config-error` event, the console), `text()` in the locale in scope (`msg()`).
 */
export interface ConfigProblem {
  readonly reason: ConfigErrorReason;
  readonly message: string;
  text(): string;
}

/** The translated sentence for a refused URL setting (`name` is the attribute, e.g. `base-url`). */
export function refusedUrlText(name: string, refusal: UrlRefusal): string {
  const why = {
    empty: () => msg('it is empty'),
    malformed: () => msg('it is not a valid URL'),
    'control-characters': () => msg('it contains whitespace or control characters'),
    backslash: () => msg('it contains a backslash'),
    'protocol-relative': () => msg('it starts with "//", which leaves this site for another host'),
    scheme: () => msg('its scheme is not allowed'),
    insecure: () => msg('http: is allowed only for localhost and 127.0.0.1'),
    relative: () => msg('it must be an absolute https: URL'),
    'cross-origin': () => msg("it must be on this page's own origin"),
  }[refusal]();
  return msg(
    str`${name} is refused: ${why}. Use an https: URL or a path on this site (http: only for localhost).`,
  );
}

/** The translated sentence for `error`, one of the mistakes the session reports. */
function problemText(reason: ConfigErrorReason, error: Error): string {
  if (error instanceof UrlPolicyError) {
    const text = refusedUrlText(error.setting, error.reason);
    return reason === 'login-url' ? msg(str`Sign-in is misconfigured on this page: ${text}`) : text;
  }
  if (error instanceof TokenEndpointForbiddenError) {
    const endpoint = error.endpoint;
    return error.why === 'refused'
      ? msg(
          str`AutoShares sign-in is not set up for this page: the token endpoint (${endpoint}) refused it (403). Serve the page from the same origin as the sign-in bridge (the origin of @autoshares/host's redirectUri) and use a path such as /autoshares/token.`,
        )
      : msg(
          str`AutoShares sign-in is not set up for this page: the token endpoint (${endpoint}) is on another origin. Serve the page from the same origin as the sign-in bridge (the origin of @autoshares/host's redirectUri) and use a path such as /autoshares/token.`,
        );
  }
  if (error instanceof TokenApiMismatchError) {
    const { endpoint, baseUrl, issuedFor } = error;
    return issuedFor
      ? msg(
          str`The token from token-endpoint (${endpoint}) is for ${issuedFor}, not for base-url ${baseUrl}; it was not used. Set base-url to the API the sign-in bridge is configured with (apiBaseUrl).`,
        )
      : msg(
          str`The token-endpoint (${endpoint}) did not say which API its token is for (api_base_url); it was not used. Use @autoshares/host's bridge, configured with apiBaseUrl.`,
        );
  }
  return error.message;
}

/** The session's current configuration mistakes, one per setting, reported once each. */
export class ConfigErrors {
  readonly #problems = new Map<ConfigErrorReason, ConfigProblem>();
  readonly #host: HTMLElement;

  constructor(host: HTMLElement) {
    this.#host = host;
  }

  /**
   * Records `reason`'s mistake, `error` (a new one is warned about and fired as
   * `as-config-error`) or, with null, clears it. True when anything changed.
   */
  set(reason: ConfigErrorReason, error: Error | null): boolean {
    const previous = this.#problems.get(reason)?.message ?? null;
    const message =
      error && reason === 'login-url' && error instanceof UrlPolicyError
        ? `Sign-in is misconfigured on this page: ${error.message}`
        : (error?.message ?? null);
    if (previous === message) return false;
    if (message === null || !error) {
      this.#problems.delete(reason);
      return true;
    }
    this.#problems.set(reason, { reason, message, text: () => problemText(reason, error) });
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
  shown(signedOut: boolean): ConfigProblem | null {
    for (const reason of [
      'base-url',
      'token-endpoint',
      'token-endpoint-forbidden',
      'token-api',
    ] as const) {
      const problem = this.#problems.get(reason);
      if (problem) return problem;
    }
    return (signedOut && this.#problems.get('login-url')) || null;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'as-config-error': ConfigErrorEvent;
  }
}
