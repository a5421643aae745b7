/**
 * Signing in through the host's sign-in bridge (`@autoshares/host`): a popup at
 * `login-url?popup=1` whose last page posts `{ type: 'autoshares:sign-in', ok, error?, message? }`
 * to this page, or, when popups are blocked, a full navigation to `login-url?return_to=<path>`.
 */
import { checkUrl } from '@autoshares/client';

/** How a sign-in attempt ended. */
export type SignInOutcome = { ok: true } | { ok: false; error: string; message: string };

/** The message type the bridge's callback page posts to its opener. */
export const SIGN_IN_MESSAGE_TYPE = 'autoshares:sign-in';

const FALLBACK_MESSAGE = 'Sign-in did not complete. Please try again.';

/** Reads a posted message; undefined when it is not a sign-in result. */
export function readSignInMessage(data: unknown): SignInOutcome | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const message = data as { type?: unknown; ok?: unknown; error?: unknown; message?: unknown };
  if (message.type !== SIGN_IN_MESSAGE_TYPE) return undefined;
  if (message.ok === true) return { ok: true };
  return {
    ok: false,
    error: typeof message.error === 'string' ? message.error : 'sign_in_failed',
    message:
      typeof message.message === 'string' && message.message ? message.message : FALLBACK_MESSAGE,
  };
}

/** `url` (relative to the page) with one query parameter set. */
function withParam(url: URL, name: string, value: string): string {
  const target = new URL(url);
  target.searchParams.set(name, value);
  return target.href;
}

/** How a sign-in reaches the browser; the defaults are `window.open` and `location.assign`. */
export interface SignInWindowing {
  open(url: string): Window | null;
  navigate(url: string): void;
}

const browserWindowing: SignInWindowing = {
  open: (url) => window.open(url, 'autoshares-sign-in', 'popup,width=480,height=720'),
  navigate: (url) => location.assign(url),
};

/**
 * Starts a sign-in. Call it straight from a click handler: popup blockers allow `window.open`
 * only there. `done` runs once, with the popup's result, for a message whose origin is this
 * page's origin and whose source is the popup this call opened. Returns a function that stops
 * listening (e.g. when a new attempt starts or the element leaves the page). When no popup can
 * be opened the page navigates to the sign-in and comes back to the current path. A `loginUrl`
 * outside the URL policy (https:, a path of this site, http: on localhost) throws a
 * `UrlPolicyError` and nothing is opened.
 */
export function startSignIn(
  loginUrl: string,
  done: (outcome: SignInOutcome) => void,
  windowing: SignInWindowing = browserWindowing,
): () => void {
  // Never open or navigate to a `javascript:`, `data:` or other host's URL (throws UrlPolicyError).
  const login = checkUrl(loginUrl, { name: 'login-url' });
  const popup = windowing.open(withParam(login, 'popup', '1'));
  if (!popup) {
    const here = `${location.pathname}${location.search}${location.hash}`;
    windowing.navigate(withParam(login, 'return_to', here));
    return () => {};
  }
  const onMessage = (event: MessageEvent): void => {
    if (event.origin !== location.origin || event.source !== popup) return;
    const outcome = readSignInMessage(event.data);
    if (!outcome) return;
    stop();
    done(outcome);
  };
  const stop = (): void => window.removeEventListener('message', onMessage);
  window.addEventListener('message', onMessage);
  popup.focus();
  return stop;
}
