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
import { css, html, isServer, LitElement, nothing, type PropertyValues } from 'lit';
import { AuthRequiredEvent, type AuthRequiredReason } from './auth-required.ts';
import {
  authErrorReason,
  createRefusedClient,
  createSessionClient,
  isAuthError,
  loadIdentity,
} from './client.ts';
import { ConfigErrors, tokenSourceMistake } from './config-error.ts';
import { property, state } from 'lit/decorators.js';
import {
  ensureContextRoot,
  serverSessionContext,
  sessionContext,
  type ServerSession,
} from './context.ts';
import { defaultSessionRegistry } from './default-session.ts';
import { ProviderDeclarations } from './providers/provider-declarations.ts';
import { defaultAccountId, type AuthState, type Session, type ThemeName } from './session.ts';
import { startSignIn, type SignInOutcome } from './sign-in-popup.ts';
import { endpointTokenProvider } from './token-source.ts';

/** Fired on `window` when a sign-in popup succeeded, so every signed-out session retries. */
const SIGNED_IN_EVENT = 'autoshares:signed-in';

ensureContextRoot();

/**
 * Provides one AutoShares session (API client, user, accounts, locale, theme) to every `as-*`
 * element inside it. The host page owns login: it gives the session a `token`, a
 * `tokenProvider`, or a `token-endpoint` on its own site; the token is never written to an
 * attribute, storage, log or error message. Behaviour (sign-in bridge, URL policy, signed-out
 * state): `docs/elements/session.md`.
 *
 * @summary The AutoShares session provider.
 * @tag as-session
 * @slot - The widgets that use this session.
 * @event {AuthRequiredEvent} as-auth-required - No valid token can be had (`reason`: `no-token`, `token-rejected`); sign the user in and set `token`.
 * @event {ConfigErrorEvent} as-config-error - A setting is refused (`reason`: `base-url`, `token-endpoint`, `token-endpoint-forbidden`, `token-api`, `login-url`); nothing is sent with it. Log it.
 * @csspart sign-in-error - The message shown when a sign-in through `login-url` failed.
 */
export class AutoSharesSession extends LitElement {
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

  /** The AutoShares API base URL (e.g. `https://…/api`): https, or a path of this site. */
  @property({ attribute: 'base-url' }) baseUrl: string | undefined;

  /** The `Et-App-Key` of the host application. */
  @property({ attribute: 'app-key' }) appKey: string | undefined;

  /** The selected account (default: the user's first enabled account). */
  @property({ attribute: 'account-id', type: Number }) accountId: number | undefined;

  /** BCP 47 locale for numbers and dates (default: the browser's). */
  @property() locale: string | undefined;

  /** `light` or `dark`; unset follows the page's colour scheme. */
  @property() theme: ThemeName | undefined;

  /** Elements drop their surface background. */
  @property({ type: Boolean }) transparent = false;

  /** This is the page's default session, for elements outside any `<as-session>`. */
  @property({ type: Boolean }) default = false;

  /**
   * A path on the host's own site returning `{ access_token, expires_at, api_base_url }`; the
   * token is used only when `api_base_url` is `base-url`.
   */
  @property({ attribute: 'token-endpoint' }) tokenEndpoint: string | undefined;

  /** The host's sign-in route (e.g. `/autoshares/login`); "Sign in" opens it in a popup. */
  @property({ attribute: 'login-url' }) loginUrl: string | undefined;

  /**
   * A bearer token from the host page. Property only; never reflected to an attribute. The
   * client gets it by asking the session (its token provider); setting a new one tells the
   * client to ask again. A new token for the user already signed in is checked on the side and
   * then used in place (data and live streams stay); another user's token starts afresh, so
   * nothing of the previous user is ever shown.
   */
  @property({ attribute: false }) token: string | null | undefined;

  /**
   * Callback returning a fresh token (a string, `{ token, expiresAt }` or
   * `{ access_token, expires_at | expires_in }`), or null; asked with the client's `reason`.
   */
  @property({ attribute: false }) tokenProvider: TokenProvider | undefined;

  /**
   * Request budgets per category, e.g. `{ queries: 240, orders: 100 }` per minute, when your
   * AutoShares agreement has other limits than the documented ones (the default), or `false`
   * where the server has none. Property only; set it before the session signs in (a change
   * starts a fresh client).
   */
  @property({ attribute: false }) limits: LimitsOption | undefined;

  /**
   * How long one request attempt may take, in ms (default 15 000); a slower answer counts as a
   * failure the client retries by itself. Property only; a change starts a fresh client.
   */
  @property({ attribute: false }) timeoutMs: number | undefined;

  /** Why a sign-in through `login-url` failed (shown above the elements); null when fine. */
  @state() signInError: string | null = null;

  /** The `token` the session answers the client with; a new one once it is the same user's. */
  #tokenInUse: string | null | undefined;

  readonly #provider = new ContextProvider(this, { context: sessionContext });
  /** On the server: the settings its elements render their skeletons with (`docs/ssr.md`). */
  readonly #serverProvider = isServer
    ? new ContextProvider(this, { context: serverSessionContext })
    : undefined;
  /** Settings refused by the URL policy, and a token endpoint's token for another API. */
  readonly #configErrors = new ConfigErrors(this, () => this.#publish());
  /** The `<as-provider>` declarations inside, read as they change. */
  readonly #providers = new ProviderDeclarations(this, () => this.#publish());
  #client: AutoSharesClient | undefined;
  #clientKey: string | undefined;
  #offAuthRequired: (() => void) | undefined;
  #authState: AuthState = 'pending';
  #user: UserInfoModel | null = null;
  #accounts: readonly UserAccountModel[] = [];
  #revision = 0;
  /** Bumped whenever a sign-in attempt starts, so a slow older attempt cannot win. */
  #attempt = 0;
  #signedOutAttempt = -1;
  /** Stops listening to the open sign-in popup, if any. */
  #stopSignIn: (() => void) | undefined;
  readonly #onSignedInElsewhere = (): void => {
    if (this.#authState === 'signed-out' && this.#currentProvider()) this.signIn();
  };

  /** The session currently provided (undefined until `base-url` and `app-key` are set). */
  get session(): Session | undefined {
    return this.#provider.value;
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
    if (this.#configErrors.has('login-url')) return; // shown in every element instead of Sign in
    this.#stopSignIn?.();
    this.#stopSignIn = startSignIn(this.loginUrl, (outcome) => this.#signInFinished(outcome));
  }

  /**
   * Try to sign in again: the client asks for its token again (`token`, or the provider) and
   * the user is reloaded.
   */
  signIn(): void {
    const attempt = ++this.#attempt;
    const client = this.#client;
    if (!client || this.#configErrors.has('base-url')) {
      // With a refused base-url the elements show why; nothing is asked or sent.
      if (client) this.#authState = 'signed-out';
      this.#publish();
      return;
    }
    if (!this.token && !this.#currentProvider()) {
      this.#signedOut('no-token');
      return;
    }
    this.#tokenInUse = this.token;
    client.tokenChanged();
    this.#authState = 'pending';
    this.#publish();
    void this.#loadUser(attempt, client);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return;
    this.#providers.start();
    window.addEventListener(SIGNED_IN_EVENT, this.#onSignedInElsewhere);
    if (this.default) defaultSessionRegistry().publish(this, this.#provider.value);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#providers.stop();
    window.removeEventListener(SIGNED_IN_EVENT, this.#onSignedInElsewhere);
    this.#stopSignIn?.();
    this.#stopSignIn = undefined;
    defaultSessionRegistry().release(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // On the server the session only renders its slot and provides its settings: no client, no
    // sign-in, no token asked (the token is the browser's); its elements render their loading
    // skeletons in its language and theme.
    if (isServer) {
      // Its shadow root, which the renderer attaches only when it calls `connectedCallback()`,
      // puts the session on the path of its elements' context requests (through its slot).
      if (!this.shadowRoot) this.createRenderRoot();
      this.#serverProvider?.setValue(this.#settings());
      return;
    }
    if (changed.has('baseUrl') || changed.has('tokenEndpoint') || changed.has('loginUrl'))
      this.#checkSettings();
    const key = `${this.baseUrl ?? ''}\n${this.appKey ?? ''}`;
    const anyChanged = (names: (keyof AutoSharesSession)[]) =>
      names.some((name) => changed.has(name));
    // Settings the client is built with: a change starts a fresh client.
    const clientChanged = anyChanged(['tokenProvider', 'tokenEndpoint', 'limits', 'timeoutMs']);
    const tokenRotated =
      key === this.#clientKey &&
      changed.has('token') &&
      !clientChanged &&
      !!this.token &&
      this.#authState === 'signed-in' &&
      typeof this.#user?.UserId === 'number';
    if (tokenRotated) {
      void this.#rotateToken(this.token!, this.#user!.UserId!);
    } else if (key !== this.#clientKey || clientChanged || changed.has('token')) {
      // A new token may be another user's: start from a fresh client (empty cache, new sockets)
      // so nothing of the previous user is ever shown.
      this.#clientKey = key;
      this.#replaceClient();
      this.signIn();
    } else if (anyChanged(['loginUrl', 'accountId', 'locale', 'theme', 'transparent'])) {
      this.#publish();
    }
    if (changed.has('default')) {
      if (this.default) defaultSessionRegistry().publish(this, this.#provider.value);
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
  #checkSettings(): void {
    const refusal = (name: string, value: string | undefined): UrlPolicyError | null => {
      if (!value) return null;
      try {
        checkUrl(value, { name });
        return null;
      } catch (error) {
        if (error instanceof UrlPolicyError) return error;
        throw error;
      }
    };
    this.#configErrors.set('base-url', refusal('base-url', this.baseUrl));
    this.#configErrors.set('token-endpoint', refusal('token-endpoint', this.tokenEndpoint));
    this.#configErrors.set('login-url', refusal('login-url', this.loginUrl));
  }

  #signInFinished(outcome: SignInOutcome): void {
    this.#stopSignIn = undefined;
    if (!outcome.ok) {
      this.signInError = outcome.message;
      this.#publish();
      return;
    }
    this.signInError = null;
    // Every signed-out session on the page (this one too) shares the cookie: all recover.
    const attempt = this.#attempt;
    window.dispatchEvent(new Event(SIGNED_IN_EVENT));
    if (attempt === this.#attempt && this.#authState !== 'signed-in') this.signIn();
  }

  /**
   * A new `token` while signed in: checked on the side (its own throwaway client, so nothing it
   * loads can reach this cache) and, when it is the same user's, answered from now on (the
   * client is told its token changed), so it keeps its cache and sockets. Another user's token
   * starts afresh, as at sign-in. Until the check is done, requests keep the token in use.
   */
  async #rotateToken(token: string, userId: number): Promise<void> {
    const attempt = ++this.#attempt;
    const client = this.#client;
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
    if (attempt !== this.#attempt || client !== this.#client || this.token !== token) return;
    if (sameUser) {
      this.#tokenInUse = token;
      client.tokenChanged();
      this.#publish(); // same client and user; a new revision tells who cares that it settled
      return;
    }
    this.#replaceClient();
    this.signIn();
  }

  #replaceClient(): void {
    this.#offAuthRequired?.();
    this.#client?.dispose();
    this.#client = undefined;
    this.#user = null;
    this.#accounts = [];
    this.#clearTokenSourceErrors();
    if (this.#configErrors.has('base-url')) {
      this.#client = createRefusedClient();
      return;
    }
    if (!this.baseUrl || !this.appKey) return;
    this.#client = createSessionClient({
      baseUrl: this.baseUrl,
      appKey: this.appKey,
      tokenProvider: (request) => this.#askProvider(request),
      limits: this.limits,
      timeoutMs: this.timeoutMs,
    });
    this.#offAuthRequired = this.#client.onAuthRequired((event) => {
      if (this.#authState !== 'signed-out') this.#signedOut(event.reason);
    });
  }

  #currentProvider(): TokenProvider | undefined {
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
  async #askProvider(request: TokenRequest): Promise<TokenResult> {
    const provider = this.#currentProvider();
    if (!provider || this.token) return this.#tokenInUse || null;
    try {
      const issued = readTokenResult(await provider(request));
      const cleared = this.#clearTokenSourceErrors();
      if ((issued && this.signInError) || cleared) {
        if (issued) this.signInError = null;
        this.#publish();
      }
      return issued;
    } catch (error) {
      const reason = tokenSourceMistake(error);
      // Never used: the token is for another API, or the endpoint cannot serve this page.
      if (reason && this.#configErrors.set(reason, error as Error)) this.#publish();
      // Any other provider error may carry anything (even the token): it is not surfaced.
      return null;
    }
  }

  /** Forgets the token source's mistakes (a new client, or the source answered). True if any. */
  #clearTokenSourceErrors(): boolean {
    const api = this.#configErrors.set('token-api', null);
    const forbidden = this.#configErrors.set('token-endpoint-forbidden', null);
    return api || forbidden;
  }

  async #loadUser(attempt: number, client: AutoSharesClient): Promise<void> {
    try {
      const identity = await loadIdentity(client);
      if (attempt !== this.#attempt) return;
      this.#user = identity.user;
      this.#accounts = identity.accounts;
      this.#authState = 'signed-in';
      this.#publish();
    } catch (error) {
      if (attempt !== this.#attempt) return;
      if (isAuthError(error)) {
        this.#signedOut(authErrorReason(error));
      } else {
        // Not an auth problem (network, 5xx): the token may be fine; elements show their own errors.
        this.#authState = 'signed-in';
        this.#publish();
      }
    }
  }

  #signedOut(reason: AuthRequiredReason): void {
    // One event per failed attempt (the client's auth-required and a refused load may both report it).
    if (this.#authState === 'signed-out' && this.#signedOutAttempt === this.#attempt) return;
    this.#signedOutAttempt = this.#attempt;
    this.#authState = 'signed-out';
    this.#publish();
    this.dispatchEvent(new AuthRequiredEvent(reason));
  }

  /** The session's locale, theme and transparency, as its elements take them. */
  #settings(): ServerSession {
    return {
      locale: this.locale || undefined,
      theme: this.theme === 'light' || this.theme === 'dark' ? this.theme : undefined,
      transparent: this.transparent,
    };
  }

  /** Provide a new immutable session object (or none when unconfigured). */
  #publish(): void {
    const client = this.#client;
    let session: Session | undefined;
    if (client) {
      const requested = this.accountId;
      session = Object.freeze({
        client,
        authState: this.#authState,
        user: this.#user,
        userId: this.#user?.UserId ?? null,
        accounts: this.#accounts,
        accountId:
          requested != null && !Number.isNaN(requested)
            ? requested
            : defaultAccountId(this.#accounts),
        ...this.#settings(),
        revision: ++this.#revision,
        signInError: this.signInError,
        configError: this.#configErrors.shown(this.#authState === 'signed-out'),
        requestSignIn: () => this.requestSignIn(),
        providers: this.#providers.sources,
        providersPending: this.#providers.pending,
      });
    }
    this.#provider.setValue(session, true);
    if (this.default) defaultSessionRegistry().publish(this, session);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'as-session': AutoSharesSession;
  }
}
