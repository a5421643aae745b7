import { ContextConsumer } from '@lit/context';
import { html, isServer, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { loadCatalogue } from '../locale/catalogues.ts';
import { LocaleController } from '../locale/locale-controller.ts';
import { msg, str, withLocale } from '../locale/msg.ts';
import { sourceLocale } from '../locale/generated/locale-codes.ts';
import { property } from 'lit/decorators.js';
import { ensureContextRoot, sessionContext } from '../session/context.ts';
import { defaultSessionRegistry } from '../session/default-session.ts';
import type { AutoSharesClient } from '@autoshares/client';
import type { Session } from '../session/session.ts';
import { tokens } from '../theme/tokens.ts';
import { sharedStyles } from '../theme/shared-styles.ts';
import { RetryCountdown } from '../controllers/retry-countdown.ts';
import { showsDelayedQuotes } from '../controllers/quote-feed.ts';
import type { StateSource } from '../controllers/state-source.ts';
import {
  renderEmpty,
  renderError,
  renderLoading,
  renderMisconfigured,
  renderNoSession,
  renderRateLimitedWait,
  renderRefreshFailed,
  renderRefreshRateLimited,
  renderSignedOut,
  renderStaleBadge,
  renderDelayedBadge,
} from './view-states.ts';
import { clearServerView, servedLocale, writeServerView } from './server-view.ts';

export type { StateSource };

// Elements may load before (or without) the session module; late providers must still reach them.
ensureContextRoot();

/** Set by Lit's hydration support on an element it is about to hydrate. */
interface Hydratable {
  _$needsHydration?: boolean;
}

export interface RenderStateOptions {
  /** The main query(ies) of the element; the first loading/error one wins. */
  sources?: readonly StateSource[];
  /** True when loaded but there is nothing to show. */
  empty?: boolean;
  emptyMessage?: string;
  /** Extra content in the empty state, e.g. a "Create watchlist" button. */
  emptyAction?: TemplateResult;
  /** Called by the Retry button; default: `refresh()` on each source that has it. */
  retry?: () => void;
  loadingLabel?: string;
  /**
   * The name of another provider (`<as-provider name>`) whose data the sources are: that
   * provider's sign-in gates the view instead of the AutoShares sign-in. Elements that read
   * another provider extend `ProviderElement` (`provider-element.ts`), which shows its states.
   */
  provider?: string;
}

/**
 * Base class of every `as-*` element: finds its session (the nearest `<as-session>`, else the
 * page's default session), carries the common attributes, applies the session's theme, and
 * renders the common states (no session, signed out, loading, error, empty, stale) in one place.
 *
 * Subclasses declare their own properties with `@property()` / `@state()`, call
 * `super.connectedCallback()` etc., and extend `static styles` with
 * `[...AutoSharesElement.styles, css\`…\`]`. See `docs/elements/base.md`.
 *
 * @csspart delayed - The "Delayed 15 min" badge while the element's quotes stream delayed (no market-data agreement signed).
 */
export class AutoSharesElement extends LitElement {
  static override styles = [tokens, ...sharedStyles];

  /** BCP 47 locale overriding the session's. */
  @property() locale: string | undefined;

  /** Account overriding the session's selected account. */
  @property({ attribute: 'account-id', type: Number }) accountId: number | undefined;

  /** Elements with the same link group follow each other's selected symbol. */
  @property({ attribute: 'link-group' }) linkGroup: string | undefined;

  #session: Session | undefined;
  protected readonly internals: ElementInternals;

  /**
   * True while the element renders what a server renders: on the server, and in the browser
   * until the first render of a server-rendered element (its hydration) is done. That render
   * is the render without a session (see `renderState()`) in the locale the server rendered in
   * (`server-view.ts`), so the hydrating render matches the server's whatever session has
   * reached the element by then.
   */
  #serverView = isServer;
  #contextSession: Session | undefined;
  #insideProvider = false;
  #defaultSession: Session | undefined;
  #offDefault: (() => void) | undefined;
  readonly #countdown = new RetryCountdown(this);
  /** The sources and Retry action of the last `renderState()`, for `renderStale()`. */
  #shownSources: readonly StateSource[] = [];
  #retrySources: () => void = () => undefined;
  /** The label of the other provider the last `renderState()` showed, if any. */
  #shownProvider: string | undefined;

  constructor() {
    super();
    this.internals = this.attachInternals();
    if (isServer) {
      // Never connected on the server, even when the renderer is told to call
      // `connectedCallback()`: no session, query, stream, timer or page-wide listener there.
      this.connectedCallback = () => undefined;
      // The renderer calls `willUpdate()` (whatever its options), then writes the host's
      // attributes, then calls `render()`: take the session's settings first, render in them.
      const { willUpdate, render } = this;
      this.willUpdate = (changed: PropertyValues) => {
        writeServerView(this, this.locale);
        willUpdate.call(this, changed);
      };
      this.render = () => withLocale(this.effectiveLocale, () => render.call(this));
    } else if (this.internals.shadowRoot) {
      // A declarative shadow root from server rendering: hydrate it with the server's render.
      this.#serverView = true;
    }
    new LocaleController(this, () => this.effectiveLocale);
    new ContextConsumer(this, {
      context: sessionContext,
      subscribe: true,
      callback: (session) => {
        this.#insideProvider = true;
        this.#contextSession = session;
        this.#applySession();
      },
    });
  }

  /**
   * The shadow root. A server-rendered one is hydrated when Lit's hydration support has marked
   * it (`@lit-labs/ssr-client/lit-element-hydrate-support.js`); without that support the
   * server's content is dropped and the element renders afresh, so no skeleton stays behind.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const served = this.#serverView && !isServer ? [...(this.shadowRoot?.childNodes ?? [])] : [];
    const root = super.createRenderRoot();
    if (this.#serverView && !isServer && !(this as Hydratable)._$needsHydration) {
      for (const node of served) node.remove();
      // Lit renders before what the root held (the server's first node): now at the end.
      if (served.includes(this.renderOptions.renderBefore as ChildNode))
        this.renderOptions.renderBefore = null;
      this.#serverView = false;
      clearServerView(this);
    }
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#offDefault = defaultSessionRegistry().subscribe((session) => {
      this.#defaultSession = session;
      this.#applySession();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#offDefault?.();
    this.#offDefault = undefined;
    this.#insideProvider = false;
    this.#contextSession = undefined;
  }

  /** The session in effect, or undefined when none reaches this element. */
  get session(): Session | undefined {
    return this.#session;
  }

  /** The session's client, when there is a session. */
  protected get client(): AutoSharesClient | undefined {
    return this.session?.client;
  }

  /** Locale in effect: the element's, else the session's, else the browser's. */
  get effectiveLocale(): string | undefined {
    // On the server and while hydrating: the locale the server rendered in, else English.
    if (this.#serverView) return servedLocale(this) ?? sourceLocale;
    return this.locale || this.session?.locale;
  }

  /**
   * Runs `fn` with `msg()` translating into this element's locale: for messages built
   * outside a render (announcements, confirmations). Renders are translated already.
   */
  protected localized<T>(fn: () => T): T {
    return withLocale(this.effectiveLocale, fn);
  }

  /**
   * Renders (willUpdate, update, updated) with `msg()` in this element's locale. The hydrating
   * render is in the locale the server rendered in, once its translations are loaded; after it
   * the element takes its session and renders again.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.#serverView || isServer)
      return withLocale(this.effectiveLocale, () => super.scheduleUpdate());
    const loading = loadCatalogue(this.effectiveLocale);
    return loading ? loading.then(() => this.#hydrate()) : this.#hydrate();
  }

  /** The hydrating render: the server's render, in the server's locale. */
  #hydrate(): void | Promise<unknown> {
    try {
      return withLocale(this.effectiveLocale, () => super.scheduleUpdate());
    } finally {
      this.#leaveServerView();
    }
  }

  #leaveServerView(): void {
    this.#serverView = false;
    this.#applySession();
    clearServerView(this); // the session's theme states have taken over
    this.requestUpdate(); // also without a session: "Not connected" replaces the skeleton
  }

  /** Account in effect: the element's `account-id`, else the session's selected account. */
  get effectiveAccountId(): number | null {
    if (this.accountId != null && !Number.isNaN(this.accountId)) return this.accountId;
    return this.session?.accountId ?? null;
  }

  /** True when the session is signed in (queries may run). */
  get signedIn(): boolean {
    return this.session?.authState === 'signed-in';
  }

  /** Hook: the session object changed (new token, account, locale…). */
  protected sessionChanged(_previous: Session | undefined): void {}

  #applySession(): void {
    if (this.#serverView) return; // taken once the server's render is hydrated
    const next = this.#insideProvider ? this.#contextSession : this.#defaultSession;
    if (next === this.#session) return;
    const previous = this.#session;
    this.#session = next;
    this.setState('theme-light', next?.theme === 'light');
    this.setState('theme-dark', next?.theme === 'dark');
    this.setState('transparent', next?.transparent === true);
    this.sessionChanged(previous);
    this.requestUpdate();
  }

  /** Toggle a custom state (`:host(:state(name))`). */
  protected setState(name: string, on: boolean): void {
    if (on) this.internals.states.add(name);
    else this.internals.states.delete(name);
  }

  /**
   * The common state to show instead of the content, or undefined when the content should
   * render. Order: no session → misconfigured → signed out → pending sign-in → error → loading →
   * empty. On the server and in the hydrating render there is no session yet, and the element
   * renders its loading skeleton, as the browser does before data arrives.
   */
  protected renderState(options: RenderStateOptions = {}): TemplateResult | undefined {
    const session = this.session;
    if (!session) return this.#serverView ? renderLoading(options.loadingLabel) : renderNoSession();
    const name = options.provider;
    if (name === undefined) {
      if (session.configError) return renderMisconfigured(session.configError);
      if (session.authState === 'signed-out') return renderSignedOut(() => session.requestSignIn());
    }
    const sources = options.sources ?? [];
    const run = this.retryOf(options);
    this.#shownSources = sources;
    this.#shownProvider = name === undefined ? undefined : session.providers[name]?.label;
    this.#retrySources = () => this.#retryKeepingFocus(run);
    if (name === undefined && session.authState === 'pending')
      return renderLoading(options.loadingLabel);
    const failed = sources.find((s) => s.status === 'error' && !s.hasData);
    if (failed) return renderError(failed.error, this.#retrySources, this.retryNote(failed));
    const pending = sources.filter(
      (s) => (s.status === 'loading' || s.status === 'idle') && !s.hasData,
    );
    const limitedNote = pending.map((s) => this.#rateLimitNote(s)).find((note) => note);
    if (limitedNote) return renderRateLimitedWait(limitedNote, this.#shownProvider);
    if (pending.length > 0) return renderLoading(options.loadingLabel);
    if (options.empty)
      return renderEmpty(options.emptyMessage ?? msg('Nothing to show.'), options.emptyAction);
    return undefined;
  }

  /** What Retry does for a view: its `retry`, else `refresh()` on each of its sources. */
  protected retryOf(options: RenderStateOptions): () => void {
    const sources = options.sources ?? [];
    return (
      options.retry ?? (() => sources.forEach((s) => (s as { refresh?: () => void }).refresh?.()))
    );
  }

  /**
   * Runs a retry; if the Retry button had focus, the element itself takes it (for as long as
   * it keeps it), so focus stays here while the loading and data views replace the button
   * instead of falling back to the page.
   */
  #retryKeepingFocus(run: () => void): void {
    const hadFocus = !!this.shadowRoot?.activeElement?.matches('[part~="retry-button"]');
    run();
    if (!hadFocus) return;
    if (!this.hasAttribute('tabindex')) {
      this.tabIndex = -1;
      this.addEventListener('blur', () => this.removeAttribute('tabindex'), { once: true });
    }
    this.focus({ preventScroll: true });
  }

  /**
   * Over data still shown: the "Delayed 15 min" badge (part `delayed`) while the element's quote
   * feeds stream delayed quotes (no market-data agreement signed); then "Could not refresh" /
   * "Rate limited" (with the retry note and Retry) when a source of the last `renderState()`
   * failed to refresh, else the "Delayed — reconnecting" badge when `stale`; else nothing.
   */
  protected renderStale(stale: boolean): TemplateResult | undefined {
    const notice = this.#olderDataNotice(stale);
    if (!showsDelayedQuotes(this)) return notice;
    return html`${renderDelayedBadge()}${notice ?? nothing}`;
  }

  #olderDataNotice(stale: boolean): TemplateResult | undefined {
    const failed = this.#shownSources.find((s) => s.status === 'error' && s.hasData);
    if (failed)
      return renderRefreshFailed(failed.error, this.#retrySources, this.retryNote(failed));
    const limitedNote = this.#shownSources
      .filter((s) => s.hasData)
      .map((s) => this.#rateLimitNote(s))
      .find((note) => note);
    if (limitedNote) return renderRefreshRateLimited(limitedNote, this.#shownProvider);
    return stale ? renderStaleBadge() : undefined;
  }

  /** "Retrying in N s." */
  #retryingIn(at: number): string {
    const seconds = this.#countdown.secondsUntil(at);
    return msg(str`Retrying in ${seconds} s.`);
  }

  /** "Retrying in N s." while the source's request waits out a 429, else undefined. */
  #rateLimitNote(source: StateSource): string | undefined {
    const until = source.rateLimitedUntil;
    if (!source.fetching || until === undefined || until <= Date.now()) return undefined;
    return this.#retryingIn(until);
  }

  /**
   * "Retrying…" while a failed source retries, "Retrying in N s." while one is planned, and
   * "Retrying once back online." while an offline page holds the retry back.
   */
  protected retryNote(source: StateSource): string | undefined {
    if (source.fetching) return msg('Retrying…');
    if (source.retryAt !== undefined) return this.#retryingIn(source.retryAt);
    const passing = (source.error as { transient?: unknown } | undefined)?.transient === true;
    if (passing && globalThis.navigator?.onLine === false) return msg('Retrying once back online.');
    return undefined;
  }
}
