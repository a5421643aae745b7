import { html, nothing, type TemplateResult } from 'lit';

/** A readable message for any error: the client's message (always user-fit) or a generic one. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.name === 'AutoSharesError' && error.message)
    return error.message;
  return 'Something went wrong. Please try again.';
}

/** Skeleton rows while loading; announced once as "Loading …". */
export function renderLoading(label = 'Loading', rows = 3): TemplateResult {
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

/** An error with a Retry button. */
export function renderError(error: unknown, retry?: () => void): TemplateResult {
  return html`<div class="as-state" data-state="error" role="alert" part="state error">
    <p>${errorMessage(error)}</p>
    ${
      retry
        ? html`<button class="as-button" part="button retry-button" type="button" @click=${retry}>
            Retry
          </button>`
        : nothing
    }
  </div>`;
}

/** Signed out: a message and a Sign-in button that asks the host page to sign in. */
export function renderSignedOut(signIn?: () => void): TemplateResult {
  return html`<div class="as-state" data-state="signed-out" role="status" part="state signed-out">
    <p>You are signed out of AutoShares.</p>
    ${
      signIn
        ? html`<button
            class="as-button"
            data-variant="primary"
            part="button sign-in-button"
            type="button"
            @click=${signIn}
          >
            Sign in
          </button>`
        : nothing
    }
  </div>`;
}

/**
 * The page's configuration is refused (a URL outside the policy, a token for another API):
 * nothing is loaded, and no Sign in button, since signing in cannot help.
 */
export function renderMisconfigured(message: string): TemplateResult {
  return html`<div
    class="as-state"
    data-state="misconfigured"
    role="alert"
    part="state misconfigured"
  >
    <p>AutoShares is misconfigured on this page.</p>
    <p part="config-error">${message}</p>
  </div>`;
}

/** No `<as-session>` reaches this element (and there is no default session). */
export function renderNoSession(): TemplateResult {
  return html`<div class="as-state" data-state="no-session" role="status" part="state no-session">
    <p>Not connected to AutoShares.</p>
  </div>`;
}

/** The stream is down: data shown may be old. */
export function renderStaleBadge(): TemplateResult {
  return html`<div class="as-stale" part="stale">
    <span class="as-badge" data-tone="warning" role="status">Delayed — reconnecting</span>
  </div>`;
}
