import {
  checkUrl,
  readTokenResult,
  UrlPolicyError,
  type AutoSharesClient,
  type LimitsOption,
  type TokenProvider,
  type TokenRequest,
  type TokenResult,
  type UserAccountModel,
  type UserInfoModel,
} from '@autoshares/client';
import { ContextProvider } from '@lit/context';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { AuthRequiredEvent, type AuthRequiredReason } from './auth-required.ts';
import {
  authErrorReason,
  createRefusedClient,
  createSessionClient,
  isAuthError,
  loadIdentity,
} from './client.ts';
import { ConfigErrors, type ConfigErrorReason } from './config-error.ts';
import { ensureContextRoot, sessionContext } from './context.ts';
import { defaultSessionRegistry } from './default-session.ts';
import { defaultAccountId, type AuthState, type Session, type ThemeName } from './session.ts';
import { startSignIn, type SignInOutcome } from './sign-in-popup.ts';
import {
  endpointTokenProvider,
  TokenApiMismatchError,
  TokenEndpointForbiddenError,
} from './token-source.ts';

/** Fired on `window` when a sign-in popup succeeded, so every signed-out session retries. */
const SIGNED_IN_EVENT = 'autoshares:signed-in';

ensureContextRoot();

/**
 * Provides one AutoShares session (API client, user, accounts, locale, theme) to every
 * `as-*` element inside it. The host page owns login: it hands the session a `token`, or a
 * `tokenProvider` the client calls whenever it needs a fresh one (at start, shortly before a
 * known expiry, and once after a 401), or a `token-endpoint` on its own site. All three reach
 * the client one way: the session is the client's token provider, answering with `token` when
 * one is set, else asking `tokenProvider` or `token-endpoint`; a new `token` tells the client
 * (`client.tokenChanged()`), which asks again.
 *
 * With a sign-in bridge (`@autoshares/host`) a page needs no script of its own:
 * `<as-session token-endpoint="/autoshares/token" login-url="/autoshares/login">`. The session
 * GETs the token (same-origin cookies), POSTs after a 401 (the bridge refreshes at once), and
 * the elements' "Sign in" button opens `login-url?popup=1`; when the popup reports success every
 * element recovers without a reload. An endpoint on another origin than the page, or answering
 * 403, is a configuration error (`token-endpoint-forbidden`): the page is not where the bridge
 * serves, and no sign-in can help.
 *
 * A token from `token-endpoint` is used only for the API the endpoint says it is for
 * (`api_base_url`, which `@autoshares/host` returns from its `apiBaseUrl`): for any other
 * `base-url` it is never sent, every element says the page is misconfigured and the session
 * fires `as-config-error`. `base-url`, `token-endpoint` and `login-url` must be https: URLs or
 * paths of this site (http: only on localhost); anything else (`javascript:`, `//host`, …) is
 * refused the same way (for a refused `base-url` the elements get a client that sends nothing).
 * A `token` or `tokenProvider` set by page script is sent to `base-url`: give them only with a
 * `base-url` you trust.
 *
 * When no valid token can be had the session fires `as-auth-required` and its elements show a
 * signed-out state; they recover by themselves when `token` is set or the provider succeeds
 * (`signIn()` asks it again).
 *
 * The token is never written to an attribute, storage, log or error message.
 *
 * @summary The AutoShares session provider.
 * @tag as-session
 * @slot - The widgets that use this session.
 * @event {AuthRequiredEvent} as-auth-required - No valid token can be had (`reason`: `no-token`, `token-rejected`); sign the user in and set `token`.
 * @event {ConfigErrorEvent} as-config-error - A setting is refused (`reason`: `base-url`, `token-endpoint`, `token-endpoint-forbidden`, `token-api`, `login-url`); nothing is sent with it. Log it.
 * @attr base-url - The AutoShares API base URL (e.g. `https://…/api`).
 * @attr app-key - The `Et-App-Key` of the host application.
 * @attr account-id - The selected account (default: the user's first enabled account).
 * @attr locale - BCP 47 locale for numbers and dates (default: the browser's).
 * @attr theme - `light` or `dark`; unset follows the page's colour scheme.
 * @attr transparent - Elements drop their surface background.
 * @attr default - This is the page's default session, for elements outside any `<as-session>`.
 * @attr token-endpoint - A path on the host's own site returning `{ access_token, expires_at, api_base_url }`; the token is used only when `api_base_url` is `base-url`.
 * @attr login-url - The host's sign-in route (e.g. `/autoshares/login`); "Sign in" opens it in a popup.
 * @csspart sign-in-error - The message shown when a sign-in through `login-url` failed.
 */
export class AutoSharesSession extends LitElement {
  static override properties = {
    token: { attribute: false },
    tokenProvider: { attribute: false },
    tokenEndpoint: { attribute: 'token-endpoint' },
    limits: { attribute: false },
    timeoutMs: { attribute: false },
    loginUrl: { attribute: 'login-url' },
    signInError: { state: true },
    baseUrl: { attribute: 'base-url' },
    appKey: { attribute: 'app-key' },
    accountId: { attribute: 'account-id', type: Number },
    locale: {},
    theme: {},
    transparent: { type: Boolean },
    default: { type: Boolean },
  };

  static override styles = css`
    :host {
      display: contents;
    }
    [part='sign-in-error'] {
      display: block;
      margin: var(--_as-space-2, 0.5rem) 0;
      color: var(--_as-danger, currentColor);
      font: inherit;
    }
  `;

  /**
   * A bearer token from the host page. Property only; never reflected to an attribute. The
   * client gets it by asking the session (its token provider); setting a new one tells the
   * client to ask again. A new token for the user already signed in is checked on the side and
   * then used in place (data and live streams stay); another user's token starts afresh, so
   * nothing of the previous user is ever shown.
   */
  declare token: string | null | undefined;
  /**
   * Callback returning a fresh token (a string, `{ token, expiresAt }` or
   * `{ access_token, expires_at | expires_in }`), or null; asked with the client's `reason`.
   */
  declare tokenProvider: TokenProvider | undefined;
  declare tokenEndpoint: string | undefined;
  /**
   * Request budgets per category, e.g. `{ queries: 240, orders: 100 }` per minute, when your
   * AutoShares agreement has other limits than the documented ones (the default), or `false`
   * where the server has none. Property only; set it before the session signs in (a change
   * starts a fresh client).
   */
  declare limits: LimitsOption | undefined;
  /**
   * How long one request attempt may take, in ms (default 15 000); a slower answer counts as a
   * failure the client retries by itself. Property only; a change starts a fresh client.
   */
  declare timeoutMs: number | undefined;
  /** The `token` the session answers the client with; a new one once it is the same user's. */
  private tokenInUse: string | null | undefined;
  /** The host's sign-in route; the elements' "Sign in" button opens it (see class docs). */
  declare loginUrl: string | undefined;
  /** Why a sign-in through `login-url` failed (shown above the elements); null when fine. */
  declare signInError: string | null;
  declare baseUrl: string | undefined;
  declare appKey: string | undefined;
  declare accountId: number | undefined;
  declare locale: string | undefined;
  declare theme: ThemeName | undefined;
  declare transparent: boolean;
  declare default: boolean;

  private readonly provider = new ContextProvider(this, { context: sessionContext });
  /** Settings refused by the URL policy, and a token endpoint's token for another API. */
  private readonly configErrors = new ConfigErrors(this);
  private client: AutoSharesClient | undefined;
  private clientKey: string | undefined;
  private offAuthRequired: (() => void) | undefined;
  private authState: AuthState = 'pending';
  private user: UserInfoModel | null = null;
  private accounts: readonly UserAccountModel[] = [];
  private revision = 0;
  /** Bumped whenever a sign-in attempt starts, so a slow older attempt cannot win. */
  private attempt = 0;
  private signedOutAttempt = -1;
  /** Stops listening to the open sign-in popup, if any. */
  private stopSignIn: (() => void) | undefined;
  private readonly onSignedInElsewhere = (): void => {
    if (this.authState === 'signed-out' && this.currentProvider()) this.signIn();
  };

  constructor() {
    super();
    this.transparent = false;
    this.default = false;
    this.signInError = null;
  }

  /** The session currently provided (undefined until `base-url` and `app-key` are set). */
  get session(): Session | undefined {
    return this.provider.value;
  }

  /**
   * What the elements' "Sign in" button does: with `login-url`, open the sign-in popup (or
   * navigate to it when popups are blocked) and sign in again when it reports success;
   * otherwise {@link signIn}. Call it from a click handler.
   */
  requestSignIn(): void {
    if (!this.loginUrl) {
      this.signIn();
      return;
    }
    if (this.configErrors.has('login-url')) return; // shown in every element instead of Sign in
    this.stopSignIn?.();
    this.stopSignIn = startSignIn(this.loginUrl, (outcome) => this.signInFinished(outcome));
  }

  /**
   * Try to sign in again: the client asks for its token again (`token`, or the provider) and
   * the user is reloaded.
   */
  signIn(): void {
    const attempt = ++this.attempt;
    const client = this.client;
    if (!client || this.configErrors.has('base-url')) {
      // With a refused base-url the elements show why; nothing is asked or sent.
      if (client) this.authState = 'signed-out';
      this.publish();
      return;
    }
    if (!this.token && !this.currentProvider()) {
      this.signedOut('no-token');
      return;
    }
    this.tokenInUse = this.token;
    client.tokenChanged();
    this.authState = 'pending';
    this.publish();
    void this.loadUser(attempt, client);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener(SIGNED_IN_EVENT, this.onSignedInElsewhere);
    if (this.default) defaultSessionRegistry().publish(this, this.provider.value);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener(SIGNED_IN_EVENT, this.onSignedInElsewhere);
    this.stopSignIn?.();
    this.stopSignIn = undefined;
    defaultSessionRegistry().release(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('baseUrl') || changed.has('tokenEndpoint') || changed.has('loginUrl'))
      this.checkSettings();
    const key = `${this.baseUrl ?? ''}\n${this.appKey ?? ''}`;
    const credentialsChanged =
      changed.has('token') ||
      changed.has('tokenProvider') ||
      changed.has('tokenEndpoint') ||
      changed.has('limits') ||
      changed.has('timeoutMs');
    const tokenRotated =
      key === this.clientKey &&
      changed.has('token') &&
      !changed.has('tokenProvider') &&
      !changed.has('tokenEndpoint') &&
      !changed.has('limits') &&
      !changed.has('timeoutMs') &&
      !!this.token &&
      this.authState === 'signed-in' &&
      typeof this.user?.UserId === 'number';
    if (tokenRotated) {
      void this.rotateToken(this.token!, this.user!.UserId!);
    } else if (key !== this.clientKey || credentialsChanged) {
      // A new token may be another user's: start from a fresh client (empty cache, new sockets)
      // so nothing of the previous user is ever shown.
      this.clientKey = key;
      this.replaceClient();
      this.signIn();
    } else if (
      changed.has('loginUrl') ||
      changed.has('accountId') ||
      changed.has('locale') ||
      changed.has('theme') ||
      changed.has('transparent')
    ) {
      this.publish();
    }
    if (changed.has('default')) {
      if (this.default) defaultSessionRegistry().publish(this, this.provider.value);
      else defaultSessionRegistry().release(this);
    }
  }

  protected override render() {
    return html`${
        this.signInError
          ? html`<p part="sign-in-error" role="alert">${this.signInError}</p>`
          : nothing
      }<slot></slot>`;
  }

  /** Runs `base-url`, `token-endpoint` and `login-url` through the URL policy. */
  private checkSettings(): void {
    const refusal = (name: string, value: string | undefined): string | null => {
      if (!value) return null;
      try {
        checkUrl(value, { name });
        return null;
      } catch (error) {
        if (error instanceof UrlPolicyError) return error.message;
        throw error;
      }
    };
    this.configErrors.set('base-url', refusal('base-url', this.baseUrl));
    this.configErrors.set('token-endpoint', refusal('token-endpoint', this.tokenEndpoint));
    const login = refusal('login-url', this.loginUrl);
    this.configErrors.set('login-url', login && `Sign-in is misconfigured on this page: ${login}`);
  }

  private signInFinished(outcome: SignInOutcome): void {
    this.stopSignIn = undefined;
    if (!outcome.ok) {
      this.signInError = outcome.message;
      this.publish();
      return;
    }
    this.signInError = null;
    // Every signed-out session on the page (this one too) shares the cookie: all recover.
    const attempt = this.attempt;
    window.dispatchEvent(new Event(SIGNED_IN_EVENT));
    if (attempt === this.attempt && this.authState !== 'signed-in') this.signIn();
  }

  /**
   * A new `token` while signed in: checked on the side (its own throwaway client, so nothing it
   * loads can reach this cache) and, when it is the same user's, answered from now on (the
   * client is told its token changed), so it keeps its cache and sockets. Another user's token
   * starts afresh, as at sign-in. Until the check is done, requests keep the token in use.
   */
  private async rotateToken(token: string, userId: number): Promise<void> {
    const attempt = ++this.attempt;
    const client = this.client;
    if (!client || !this.baseUrl || !this.appKey) return;
    const probe = createSessionClient({
      baseUrl: this.baseUrl,
      appKey: this.appKey,
      tokenProvider: () => token,
    });
    let sameUser = false;
    try {
      sameUser = (await probe.api.users.info()).UserId === userId;
    } catch {
      sameUser = false; // refused or unreachable: sign in afresh, which says what went wrong
    } finally {
      probe.dispose();
    }
    if (attempt !== this.attempt || client !== this.client || this.token !== token) return;
    if (sameUser) {
      this.tokenInUse = token;
      client.tokenChanged();
      this.publish(); // same client and user; a new revision tells who cares that it settled
      return;
    }
    this.replaceClient();
    this.signIn();
  }

  private replaceClient(): void {
    this.offAuthRequired?.();
    this.client?.dispose();
    this.client = undefined;
    this.user = null;
    this.accounts = [];
    this.clearTokenSourceErrors();
    if (this.configErrors.has('base-url')) {
      this.client = createRefusedClient();
      return;
    }
    if (!this.baseUrl || !this.appKey) return;
    this.client = createSessionClient({
      baseUrl: this.baseUrl,
      appKey: this.appKey,
      tokenProvider: (request) => this.askProvider(request),
      limits: this.limits,
      timeoutMs: this.timeoutMs,
    });
    this.offAuthRequired = this.client.onAuthRequired((event) => {
      if (this.authState !== 'signed-out') this.signedOut(event.reason);
    });
  }

  private currentProvider(): TokenProvider | undefined {
    if (this.tokenProvider) return this.tokenProvider;
    if (this.tokenEndpoint && this.baseUrl)
      return endpointTokenProvider(this.tokenEndpoint, this.baseUrl);
    return undefined;
  }

  /**
   * The client's token provider: `token` when one is set (the one in use), else the host's
   * provider or token endpoint. null when there is none or it fails; a failure that is a
   * mistake of the page's configuration is shown as one.
   */
  private async askProvider(request: TokenRequest): Promise<TokenResult> {
    const provider = this.currentProvider();
    if (!provider || this.token) return this.tokenInUse || null;
    try {
      const issued = readTokenResult(await provider(request));
      const cleared = this.clearTokenSourceErrors();
      if ((issued && this.signInError) || cleared) {
        if (issued) this.signInError = null;
        this.publish();
      }
      return issued;
    } catch (error) {
      const reason = tokenSourceMistake(error);
      // Never used: the token is for another API, or the endpoint cannot serve this page.
      if (reason && this.configErrors.set(reason, (error as Error).message)) this.publish();
      // Any other provider error may carry anything (even the token): it is not surfaced.
      return null;
    }
  }

  /** Forgets the token source's mistakes (a new client, or the source answered). True if any. */
  private clearTokenSourceErrors(): boolean {
    const api = this.configErrors.set('token-api', null);
    const forbidden = this.configErrors.set('token-endpoint-forbidden', null);
    return api || forbidden;
  }

  private async loadUser(attempt: number, client: AutoSharesClient): Promise<void> {
    try {
      const identity = await loadIdentity(client);
      if (attempt !== this.attempt) return;
      this.user = identity.user;
      this.accounts = identity.accounts;
      this.authState = 'signed-in';
      this.publish();
    } catch (error) {
      if (attempt !== this.attempt) return;
      if (isAuthError(error)) {
        this.signedOut(authErrorReason(error));
      } else {
        // Not an auth problem (network, 5xx): the token may be fine; elements show their own errors.
        this.authState = 'signed-in';
        this.publish();
      }
    }
  }

  private signedOut(reason: AuthRequiredReason): void {
    // One event per failed attempt (the client's auth-required and a refused load may both report it).
    if (this.authState === 'signed-out' && this.signedOutAttempt === this.attempt) return;
    this.signedOutAttempt = this.attempt;
    this.authState = 'signed-out';
    this.publish();
    this.dispatchEvent(new AuthRequiredEvent(reason));
  }

  /** Provide a new immutable session object (or none when unconfigured). */
  private publish(): void {
    const client = this.client;
    let session: Session | undefined;
    if (client) {
      const requested = this.accountId;
      session = Object.freeze({
        client,
        authState: this.authState,
        user: this.user,
        userId: this.user?.UserId ?? null,
        accounts: this.accounts,
        accountId:
          requested != null && !Number.isNaN(requested)
            ? requested
            : defaultAccountId(this.accounts),
        locale: this.locale || undefined,
        theme: this.theme === 'light' || this.theme === 'dark' ? this.theme : undefined,
        transparent: this.transparent,
        revision: ++this.revision,
        signInError: this.signInError,
        configError: this.configErrors.shown(this.authState === 'signed-out'),
        requestSignIn: () => this.requestSignIn(),
      });
    }
    this.provider.setValue(session, true);
    if (this.default) defaultSessionRegistry().publish(this, session);
  }
}

/** The configuration mistake a token source's failure is, if it is one. */
function tokenSourceMistake(error: unknown): ConfigErrorReason | undefined {
  if (error instanceof UrlPolicyError) return 'token-endpoint';
  if (error instanceof TokenApiMismatchError) return 'token-api';
  if (error instanceof TokenEndpointForbiddenError) return 'token-endpoint-forbidden';
  return undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'as-session': AutoSharesSession;
  }
}
