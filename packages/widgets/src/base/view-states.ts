import { html, nothing, type TemplateResult } from 'lit';
import { simpleButton } from '../components/button/button.ts';
import { errorText } from '../locale/error-message.ts';
import type { ConfigProblem } from '../session/config-error.ts';
import { msg, str } from '../locale/msg.ts';

/**
 * A readable message for any error, in the locale in scope: the kit's sentence for the
 * client's error code, the server's own reason framed (see `locale/error-text.ts`), or a
 * generic one. The sentences load with the first error; until then it is the client's English
 * message, and the element renders again when they arrive.
 */
export function errorMessage(error: unknown): string {
  return errorText(error);
}

/** Skeleton rows while loading; announced once as "Loading …". */
export function renderLoading(label = msg('Loading'), rows = 3): TemplateResult {
  return html`<div
    class="as-state as-skeleton"
    data-state="loading"
    role="status"
    part="state loading"
  >
    <span class="as-visually-hidden">${label}…</span>
    ${Array.from({ length: rows }, () => html`<span aria-hidden="true"></span>`)}
  </div>`;
}

/** Nothing to show yet, with an optional call to action. */
export function renderEmpty(message: string, action?: TemplateResult): TemplateResult {
  return html`<div class="as-state" data-state="empty" role="status" part="state empty">
    <p>${message}</p>
    ${action ?? nothing}
  </div>`;
}

/** The request was refused for too many requests (HTTP 429). */
export function isRateLimited(error: unknown): boolean {
  return (
    error instanceof Error &&
    error.name === 'AutoSharesError' &&
    (error as Error & { code?: string }).code === 'rate_limited'
  );
}

/** "Rate limited: AutoShares (or the other provider) is receiving too many requests right now." */
const rateLimited = (provider?: string) =>
  provider
    ? msg(str`Rate limited: ${provider} is receiving too many requests right now.`)
    : msg('Rate limited: AutoShares is receiving too many requests right now.');

/** What the user reads for an error; under 429 it says so plainly. */
function failureText(error: unknown): string {
  const fromProvider = (error as { details?: { provider?: unknown } }).details?.provider;
  return isRateLimited(error) && !fromProvider ? rateLimited() : errorMessage(error);
}

/**
 * A note on the automatic retry ("Retrying in 4 s."), outside the alert so a countdown is not
 * read out every second.
 */
function renderRetryNote(note: string | undefined): TemplateResult | typeof nothing {
  return note
    ? html`<p class="as-retry-note" part="retry-note" aria-live="off">${note}</p>`
    : nothing;
}

function renderRetryButton(retry: (() => void) | undefined): TemplateResult | typeof nothing {
  return retry
    ? simpleButton({ label: msg('Retry'), part: 'button retry-button', onClick: retry })
    : nothing;
}

/**
 * An error with a Retry button, and the automatic retry's `note` when one is planned
 * (e.g. "Retrying in 4 s."); a 429 reads "Rate limited".
 */
export function renderError(error: unknown, retry?: () => void, note?: string): TemplateResult {
  return html`<div
    class="as-state"
    data-state="error"
    data-reason=${isRateLimited(error) ? 'rate-limited' : 'failed'}
    part="state error"
  >
    <p role="alert">${failureText(error)}</p>
    ${renderRetryNote(note)} ${renderRetryButton(retry)}
  </div>`;
}

/**
 * Nothing to show yet and the request waits out a 429 before its next attempt: says so, with
 * `note` ("Retrying in 2 s.").
 */
export function renderRateLimitedWait(note: string, provider?: string): TemplateResult {
  return html`<div
    class="as-state"
    data-state="loading"
    data-reason="rate-limited"
    role="status"
    part="state loading"
  >
    <p>${rateLimited(provider)}</p>
    ${renderRetryNote(note)}
  </div>`;
}

/**
 * A refresh failed while older data is still shown: a warning badge over the data (saying
 * "Rate limited" under 429), the automatic retry's `note`, and a Retry button.
 */
export function renderRefreshFailed(
  error: unknown,
  retry?: () => void,
  note?: string,
): TemplateResult {
  return renderOlderData(isRateLimited(error), failureText(error), retry, note);
}

/** A refresh waits out a 429 while older data is still shown: "Rate limited" over the data. */
export function renderRefreshRateLimited(note: string, provider?: string): TemplateResult {
  return renderOlderData(true, rateLimited(provider), undefined, note);
}

function renderOlderData(
  limited: boolean,
  why: string,
  retry: (() => void) | undefined,
  note: string | undefined,
): TemplateResult {
  return html`<div
    class="as-stale"
    part="stale"
    data-reason=${limited ? 'rate-limited' : 'failed'}
    title=${why}
  >
    <span class="as-badge" data-tone="warning" role="status"
      >${
        limited
          ? msg('Rate limited — showing earlier data')
          : msg('Could not refresh — showing earlier data')
      }</span
    >
    ${renderRetryNote(note)} ${renderRetryButton(retry)}
  </div>`;
}

/** Signed out: a message and a Sign-in button that asks the host page to sign in. */
export function renderSignedOut(signIn?: () => void): TemplateResult {
  return html`<div class="as-state" data-state="signed-out" role="status" part="state signed-out">
    <p>${msg('You are signed out of AutoShares.')}</p>
    ${
      signIn
        ? simpleButton({
            label: msg('Sign in'),
            variant: 'primary',
            part: 'button sign-in-button',
            onClick: signIn,
          })
        : nothing
    }
  </div>`;
}

/**
 * The page's configuration is refused (a URL outside the policy, a token for another API):
 * nothing is loaded, and no Sign in button, since signing in cannot help.
 */
export function renderMisconfigured(problem: ConfigProblem): TemplateResult {
  return html`<div
    class="as-state"
    data-state="misconfigured"
    role="alert"
    part="state misconfigured"
  >
    <p>${msg('AutoShares is misconfigured on this page.')}</p>
    <p part="config-error">${problem.text()}</p>
  </div>`;
}

/** No `<as-session>` reaches this element (and there is no default session). */
export function renderNoSession(): TemplateResult {
  return html`<div class="as-state" data-state="no-session" role="status" part="state no-session">
    <p>${msg('Not connected to AutoShares.')}</p>
  </div>`;
}

/** The stream is down: data shown may be old. */
export function renderStaleBadge(): TemplateResult {
  return html`<div class="as-stale" part="stale">
    <span class="as-badge" data-tone="warning" role="status">${msg('Delayed — reconnecting')}</span>
  </div>`;
}

/**
 * How late delayed quotes are. The API says only that the quote streamer is `Delayed`; US
 * exchanges' delayed data (and the sandbox's) is 15 minutes late.
 */
export const QUOTE_DELAY_MINUTES = 15;

/**
 * Prices shown are delayed (no market-data agreement signed): "Delayed 15 min", a polite
 * status read once when it appears.
 */
export function renderDelayedBadge(minutes = QUOTE_DELAY_MINUTES): TemplateResult {
  return html`<div
    class="as-stale"
    part="delayed"
    data-reason="delayed"
    title=${msg(str`Quotes are ${minutes} minutes late: real-time quotes need the market-data agreement.`)}
  >
    <span class="as-badge" data-tone="warning" role="status"
      >${msg(str`Delayed ${minutes} min`)}</span
    >
  </div>`;
}
