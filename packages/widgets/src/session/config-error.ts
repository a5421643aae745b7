/**
 * Configuration mistakes of the page that no sign-in can fix: a refused `base-url`,
 * `token-endpoint` or `login-url`, a token endpoint that cannot serve this page, or one whose
 * token is for another API than `base-url`. The session shows them in every element, warns on
 * the console and fires `as-config-error` once per new mistake.
 */
import { UrlPolicyError } from '@autoshares/client';
import type { problemText as translated, ProblemKind } from './config-error-text.ts';

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

/**
 * The translated sentences of the mistakes (`config-error-text.ts`): loaded with the first
 * mistake, so a page without one never downloads them. Until they are there (or if they cannot
 * load), a problem's text is its English `message`, which says the same.
 */
let problemText: typeof translated | undefined;
let textsLoading: Promise<void> | undefined;
const loadTexts = (): Promise<void> =>
  (textsLoading ??= import('./config-error-text.ts').then((texts) => {
    problemText = texts.problemText;
  }));

/**
 * The translated sentence for another refused setting (an `<as-provider>` URL), once the texts
 * are loaded (`loadConfigTexts()`); its English `message` until then.
 */
export function configProblemText(error: Error): string {
  return problemText?.(kindOf(error), false, error) ?? error.message;
}

/** Loads the translated sentences of the configuration mistakes (once). */
export const loadConfigTexts = loadTexts;

/** Which mistake `error` is; the token source's by name (their classes load when thrown). */
function kindOf(error: Error): ProblemKind | undefined {
  if (error instanceof UrlPolicyError) return 'url-policy';
  if (error.name === 'TokenEndpointForbiddenError') return 'token-endpoint';
  if (error.name === 'TokenApiMismatchError') return 'token-api';
  return undefined;
}

/** The configuration mistake a token source's failure is, if it is one. */
export function tokenSourceMistake(error: unknown): ConfigErrorReason | undefined {
  const kind = error instanceof Error ? kindOf(error) : undefined;
  if (kind === 'url-policy') return 'token-endpoint';
  return kind === 'token-endpoint' ? 'token-endpoint-forbidden' : kind;
}

/** The session's current configuration mistakes, one per setting, reported once each. */
export class ConfigErrors {
  readonly #problems = new Map<ConfigErrorReason, ConfigProblem>();
  readonly #host: HTMLElement;
  readonly #textsLoaded: (() => void) | undefined;

  /** `textsLoaded` is called when the translated texts arrive, to show them instead of English. */
  constructor(host: HTMLElement, textsLoaded?: () => void) {
    this.#host = host;
    this.#textsLoaded = textsLoaded;
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
    const kind = kindOf(error);
    this.#problems.set(reason, {
      reason,
      message,
      text: () => problemText?.(kind, reason === 'login-url', error) ?? message,
    });
    if (!problemText) loadTexts().then(this.#textsLoaded, () => undefined);
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
