import type { CreateOrderResource, EquityResource, OrderResource } from '@autoshares/client';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Session } from '../../session/session.ts';
import { AccountResolver } from '../../controllers/account-resolver.ts';
import { AutoSharesElement } from '../../base/base-element.ts';
import { AnnouncerController } from '../../controllers/announcer-controller.ts';
import { LinkGroupController } from '../../controllers/link-group-controller.ts';
import { QueryController } from '../../controllers/query-controller.ts';
import { QuoteController } from '../../controllers/quote-controller.ts';
import { StreamController } from '../../controllers/stream-controller.ts';
import { OrderPlacedEvent, type SymbolPickEvent, type TradeRequest } from '../../core/events.ts';
import { formatMoney, formatNumber, formatPrice } from '../../format/format.ts';
import { dateInZone } from '../../format/trading-date.ts';
import { claimOrderAnnouncement } from '../../orders/announced-orders.ts';
import { rejectionReason, statusAnnouncement } from '../../orders/order-announcement.ts';
import { statusLabel, statusTone } from '../../orders/order-status.ts';
import '../../components/symbol-search/define.ts';
import { errorMessage, renderError } from '../../base/view-states.ts';
import { orderTicketStyles } from './order-ticket.styles.ts';
import {
  checkOrder,
  FIELD_ORDER,
  needsLimit,
  needsStop,
  ORDER_SIDES,
  ORDER_TYPES,
  SIDE_LABELS,
  TIF_LABELS,
  TIMES_IN_FORCE,
  TYPE_LABELS,
  type OrderDraft,
  type OrderErrors,
  type OrderField,
  type TicketTimeInForce,
} from './order-validation.ts';
import { describeTicketOrder, errorCode, isFinalStatus } from './placement.ts';
import {
  RATE_LIMITED_MESSAGE,
  RateLimitRecovery,
  type RecoverableSource,
} from './rate-limit-recovery.ts';
import {
  PlacementController,
  windowFor,
  type LiveOrder,
  type PendingOrder,
} from './placement-controller.ts';

/** The option a preset names, case-insensitively ("sell" → "Sell"); undefined when unknown. */
const optionOf = <T extends string>(options: readonly T[], value: unknown): T | undefined =>
  typeof value === 'string'
    ? options.find((o) => o.toLowerCase() === value.trim().toLowerCase())
    : undefined;

/**
 * An equity order ticket: symbol (search, attribute or link group), side, quantity, type,
 * limit/stop prices, time in force (with a date for good-till-date) and extended hours for
 * limit orders, with the live bid/ask/last. Every field is checked in the browser first, with
 * a specific message next to it. Then **Review order** asks the server for a preview
 * (estimated cost, commission, buying-power effect, or the reason it would be rejected), and
 * **Place order** sends it.
 *
 * Placement safety: one confirmed action sends at most one order (`placement-controller.ts`,
 * and `docs/order-safety.md`). The Place button is guarded synchronously (double clicks and a
 * held Enter key do nothing more) and the order carries one `ClientId`. Without an answer
 * within `place-timeout` the ticket says the order is unconfirmed and may still arrive; it keeps
 * the request running, watches the `Order` stream and looks the order up by its `ClientId`
 * until `confirm-window` runs out. Try again is offered only once a look-up made after the
 * request ended (or after the window) did not find it, and re-sends the same `ClientId`.
 *
 * After placing, the order's status follows the `Order` stream (PendingNew → New → partially
 * filled → Filled, or Rejected with the reason); fills, rejections, cancellations and expiries
 * are announced politely (e.g. "Order filled: bought 3 AAPL at 190.12."), each status once per
 * page: when an `<as-orders>` of the same session has already announced it, the ticket stays
 * quiet, and the other way round (`orders/announced-orders.ts`).
 *
 * Which sides are offered: Sell short only on margin accounts. Sell and Buy to cover are always
 * offered; whether the account holds the shares is checked by the server's preview (positions
 * and open orders change elsewhere, so the server is the one source of truth) and its message
 * is shown.
 *
 * @summary Equity order ticket with review, safe placement and live status.
 * @tag as-order-ticket
 * @event {OrderPlacedEvent} as-order-placed - The server accepted an order: `{ order: { orderId, accountId, symbol, side, quantity, type } }`.
 * @event {AuthRequiredEvent} as-auth-required - (from the session) no valid token.
 * @attr symbol - The security to trade (a ticker).
 * @attr side - Preset side: Buy, Sell, SellShort, BuyToCover.
 * @attr quantity - Preset quantity.
 * @attr type - Preset order type: Market, Limit, Stop, StopLimit.
 * @attr limit-price - Preset limit price.
 * @attr account-id - Trade in this account (default: the session's).
 * @attr link-group - Follow the symbol selected by elements of this group.
 * @attr place-timeout - After this long without a placement answer the order shows as unconfirmed, in ms (default 15000).
 * @attr confirm-window - How long an unanswered order is awaited and looked up before Try again is offered, in ms (default 4 × place-timeout, at least 60000).
 * @attr locale - Overrides the session's locale.
 * @csspart form - The order form.
 * @csspart quote - The bid/ask/last line.
 * @csspart input - Text and date inputs.
 * @csspart select - Selects.
 * @csspart button - Every button.
 * @csspart error - An inline field message.
 * @csspart summary - The review summary.
 * @csspart status - The placed order's status.
 * @csspart state - The loading / signed-out block.
 * @cssprop --as-accent - Primary button colour; also `--as-danger`, `--as-up`, `--as-down`.
 */
export class AutoSharesOrderTicket extends AutoSharesElement {
  static override properties = {
    ...AutoSharesElement.properties,
    symbol: { reflect: true },
    side: {},
    quantity: {},
    type: {},
    limitPrice: { attribute: 'limit-price' },
    placeTimeout: { attribute: 'place-timeout', type: Number },
    confirmWindow: { attribute: 'confirm-window', type: Number },
    draft: { state: true },
    errors: { state: true },
  };

  static override styles = [...AutoSharesElement.styles, orderTicketStyles];

  /** The ticker to trade. */
  declare symbol: string | undefined;
  /** Preset side. */
  declare side: string | undefined;
  /** Preset quantity (as typed). */
  declare quantity: string | undefined;
  /** Preset order type. */
  declare type: string | undefined;
  /** Preset limit price (as typed). */
  declare limitPrice: string | undefined;
  /** After this long without a placement answer (ms) the order shows as unconfirmed. */
  declare placeTimeout: number | undefined;
  /** How long (ms) an unanswered order is awaited and looked up before Try again is offered. */
  declare confirmWindow: number | undefined;
  declare private draft: OrderDraft;
  declare private errors: OrderErrors;

  /** Set once errors have been shown, so they update while the user types. */
  private validating = false;
  private announcedStatus: string | undefined;
  private readonly ids = `as-ot-${Math.random().toString(36).slice(2, 8)}`;

  private readonly account = new AccountResolver(this);

  /** Review, place, and find out the outcome: the ticket's money-safety logic. */
  private readonly placement = new PlacementController(
    () => this.client?.api.orders,
    () => ({ placeTimeoutMs: this.placeTimeout, windowMs: this.confirmWindow }),
    {
      onChange: () => this.placementChanged(),
      onConfirmed: (order, pending) => this.placed(order, pending),
    },
  );

  private readonly equity = new QueryController<EquityResource>(this, (session) =>
    this.ticker ? session.client.resources.equity(this.ticker) : null,
  );

  private readonly quotes = new QuoteController(this, () =>
    this.equity.data?.Id != null ? [this.equity.data.Id] : [],
  );

  /** Status of the order this ticket placed (always subscribed, so no early message is missed). */
  private readonly orderEvents = new StreamController(this, {
    entity: 'Order',
    keys: (session) => this.account.accountId(session),
    onMessage: (order) => this.placement.onOrderMessage(order as LiveOrder),
    onResync: () => void this.refreshPlaced(),
  });

  /** 429s on the ticket's queries: a specific message, and a retry by itself. */
  private readonly rateLimit = new RateLimitRecovery(this, () => [
    ...(this.account.sources as RecoverableSource[]),
    this.equity,
  ]);

  private readonly link = new LinkGroupController(this, (selection) => {
    this.symbol = selection.symbol;
  });

  private readonly announcer = new AnnouncerController(this, 1500);

  constructor() {
    super();
    this.draft = {
      symbol: '',
      side: 'Buy',
      type: 'Market',
      quantity: '',
      limitPrice: '',
      stopPrice: '',
      timeInForce: 'Day',
      expireDate: '',
      extendedHours: false,
    };
    this.errors = {};
  }

  private get step() {
    return this.placement.state.kind;
  }

  private get ticker(): string | undefined {
    const t = this.symbol?.trim().toUpperCase();
    return t || undefined;
  }

  private get accountModel() {
    const id = this.account.accountId(this.session);
    return this.account.list(this.session).find((a) => a.Id === id);
  }

  private get canShort(): boolean {
    const margin = this.accountModel?.MarginType;
    return margin !== 'Cash';
  }

  /** Why this account cannot place orders here at all, if it cannot. */
  private get blocker(): string | undefined {
    const session = this.session;
    if (!session || session.authState !== 'signed-in') return undefined;
    if (this.account.accountId(session) == null) return 'No trading account is available.';
    const model = this.accountModel;
    if (model?.AccessType === 'ReadOnly')
      return 'This account is read-only: it cannot place orders.';
    if (model?.Enabled === false) return 'This account is disabled: it cannot place orders.';
    return undefined;
  }

  /** The security for the checks: null when the server says the symbol does not exist. */
  private get security(): EquityResource | null | undefined {
    if (this.equity.data) return this.equity.data;
    if (this.equity.status === 'error' && errorCode(this.equity.error) === 'not_found') return null;
    return undefined;
  }

  private get quote() {
    return this.quotes.get(this.equity.data?.Id);
  }

  protected override sessionChanged(previous: Session | undefined): void {
    if (previous?.client !== this.session?.client) {
      this.resetTicket();
      this.announcer.clear();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const presets: Partial<OrderDraft> = {};
    if (changed.has('symbol')) {
      presets.symbol = this.ticker ?? '';
      if (this.step === 'reviewing' || this.step === 'previewing') this.backToEdit();
    }
    const side = optionOf(ORDER_SIDES, this.side);
    const type = optionOf(ORDER_TYPES, this.type);
    if (changed.has('side') && side) presets.side = side;
    if (changed.has('type') && type) presets.type = type;
    if (changed.has('quantity') && this.quantity != null) presets.quantity = String(this.quantity);
    if (changed.has('limitPrice') && this.limitPrice != null)
      presets.limitPrice = String(this.limitPrice);
    if (Object.keys(presets).length) this.draft = { ...this.draft, ...presets };
    if (this.validating) this.errors = this.check().errors;
  }

  // ---- editing --------------------------------------------------------------------------

  private check() {
    return checkOrder(this.draft, {
      security: this.security,
      quote: this.quote,
      canShort: this.canShort,
      today: dateInZone(Date.now()),
      locale: this.effectiveLocale,
    });
  }

  private edit<K extends keyof OrderDraft>(key: K, value: OrderDraft[K]): void {
    this.draft = { ...this.draft, [key]: value };
    const state = this.placement.state;
    if (state.kind === 'editing' && state.error) this.placement.edit(); // clears the message
  }

  private onPick(event: SymbolPickEvent): void {
    this.symbol = event.security.symbol;
  }

  private async review(event?: Event): Promise<void> {
    event?.preventDefault();
    if (this.step !== 'editing' || this.blocker) return;
    const client = this.client;
    const accountId = this.account.accountId(this.session);
    this.validating = true;
    const { errors, order } = this.check();
    this.errors = errors;
    if (!order && this.ticker && this.security === undefined && !errors.symbol) {
      this.errors = {
        ...errors,
        symbol:
          this.equity.status === 'error'
            ? errorMessage(this.equity.error)
            : `Still loading ${this.ticker}. Try again in a moment.`,
      };
    }
    if (!order || !client || accountId == null || this.security === undefined) {
      await this.updateComplete;
      this.focusFirstInvalid();
      return;
    }
    if (await this.placement.review(accountId, order)) this.focusAutofocus();
  }

  private focusAutofocus(): void {
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('[data-autofocus]')?.focus(),
    );
  }

  private focusFirstInvalid(): void {
    const first = FIELD_ORDER.find((f) => this.errors[f]);
    if (!first) return;
    const target =
      first === 'symbol'
        ? this.renderRoot.querySelector<HTMLElement>('as-symbol-search')
        : this.renderRoot.querySelector<HTMLElement>(`[data-field="${first}"]`);
    if (first === 'symbol') target?.focus();
    else target?.focus();
  }

  private backToEdit(): void {
    this.placement.edit();
  }

  /** Forget the order and start a new one (keeps the symbol, side and type). */
  private resetTicket(): void {
    this.placement.reset();
    this.announcedStatus = undefined;
    this.validating = false;
    this.errors = {};
    this.draft = {
      ...this.draft,
      quantity: this.quantity != null ? String(this.quantity) : '',
      limitPrice: this.limitPrice != null ? String(this.limitPrice) : '',
      stopPrice: '',
      expireDate: '',
    };
  }

  private newOrder(): void {
    this.resetTicket();
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('[data-field="quantity"]')?.focus(),
    );
  }

  /**
   * Start a new order from a trade request (e.g. the `as-trade-request` of a Buy/Sell button
   * elsewhere): symbol, side and quantity; a placed order or an open review is left behind.
   * Ignored while an order is being sent or looked up.
   */
  prefill(request: TradeRequest): void {
    if (this.placement.busy) return;
    this.resetTicket();
    this.symbol = request.symbol;
    const side = optionOf(ORDER_SIDES, request.side);
    this.draft = {
      ...this.draft,
      symbol: request.symbol.trim().toUpperCase(),
      ...(side ? { side } : {}),
      ...(request.quantity != null ? { quantity: String(request.quantity) } : {}),
    };
  }

  // ---- placing ---------------------------------------------------------------------------

  /** Re-render on every placement change; speak and move focus when an outcome is known. */
  private placementChanged(): void {
    this.requestUpdate();
    const kind = this.step;
    if (kind === 'confirmed') this.announceStatus();
    if (kind === 'absent' || kind === 'unknown') this.focusAutofocus();
  }

  /** The server has the order (answer, look-up or stream): tell the page and the user once. */
  private placed(order: OrderResource, pending: PendingOrder): void {
    this.dispatchEvent(
      new OrderPlacedEvent({
        orderId: order.Id ?? 0,
        accountId: pending.accountId,
        symbol: order.Symbol ?? pending.order.Symbol ?? '',
        side: order.Side ?? pending.order.Side ?? '',
        quantity: order.Quantity ?? pending.order.Quantity ?? 0,
        type: order.Type ?? pending.order.Type ?? '',
      }),
    );
    this.announcer.announce(
      `Order placed: ${describeTicketOrder(pending.order, this.effectiveLocale)}. Status ${statusLabel(order.Status).toLowerCase()}.`,
    );
    this.announceStatus();
    this.focusAutofocus();
  }

  private async refreshPlaced(): Promise<void> {
    if (isFinalStatus(this.placement.order?.Status)) return;
    await this.placement.refresh();
  }

  private announceStatus(): void {
    const live = this.placement.order;
    if (!live || live.Status === this.announcedStatus) return;
    const pending = this.placement.pending;
    const text = statusAnnouncement(
      { Symbol: pending?.order.Symbol, Side: pending?.order.Side, ...live },
      this.effectiveLocale,
    );
    this.announcedStatus = live.Status;
    // Once per page: an <as-orders> on the page may have announced this status already.
    const client = this.client;
    if (!text || !client || live.Id == null || !live.Status) return;
    if (claimOrderAnnouncement(client, live.Id, live.Status))
      this.announcer.announce(text, { keep: true });
  }

  // ---- rendering ------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const state = this.renderState({
      sources: this.account.sources,
      loadingLabel: 'Loading order ticket',
    });
    if (state)
      return html`${this.rateLimit.limited ? this.renderRateLimited() : state}${this.announcer.render()}`;
    let body: TemplateResult;
    switch (this.step) {
      case 'editing':
      case 'previewing':
        body = this.renderForm();
        break;
      case 'reviewing':
      case 'placing':
      case 'rejected':
        body = this.renderReview();
        break;
      case 'confirmed':
        body = this.renderPlaced();
        break;
      default:
        body = this.renderUncertain();
    }
    return html`<section class="ticket" aria-label="Order ticket">
        ${this.renderStale(this.quotes.stale || this.orderEvents.stale) ?? nothing}
        ${this.renderQuote()} ${body}
      </section>
      ${this.announcer.render()}`;
  }

  /** Rate limited: said plainly; the ticket retries by itself (no Retry button needed). */
  private renderRateLimited(): TemplateResult {
    return html`<div class="as-state" data-state="rate-limited" role="status" part="state">
      <p>${RATE_LIMITED_MESSAGE}</p>
    </div>`;
  }

  private renderQuote(): TemplateResult {
    const equity = this.equity.data;
    const q = this.quote;
    const locale = this.effectiveLocale;
    if (!this.ticker) return html`<p class="hint">Choose a symbol to trade.</p>`;
    if (this.security === null && !this.errors.symbol)
      return html`<p class="hint" data-unknown>No security found for “${this.ticker}”.</p>`;
    const limited =
      this.rateLimit.limited && this.equity.status !== 'success'
        ? html`<p class="hint" data-rate-limited role="status">${RATE_LIMITED_MESSAGE}</p>`
        : this.equity.status === 'error' && !this.equity.hasData
          ? renderError(this.equity.error, () => this.equity.refresh(), this.retryNote(this.equity))
          : nothing;
    return html`<div class="quote" part="quote">
      ${limited}
      <h2 class="symbol">${equity?.Symbol ?? this.ticker}</h2>
      <span class="name">${equity?.Description ?? ''}</span>
      <dl class="prices">
        <div>
          <dt>Bid</dt>
          <dd data-quote="bid">${formatPrice(q?.Bid, locale)}</dd>
        </div>
        <div>
          <dt>Ask</dt>
          <dd data-quote="ask">${formatPrice(q?.Ask, locale)}</dd>
        </div>
        <div>
          <dt>Last</dt>
          <dd data-quote="last">${formatPrice(q?.Last, locale)}</dd>
        </div>
      </dl>
    </div>`;
  }

  private describedBy(field: OrderField, hint?: string): string | undefined {
    const ids = [hint, this.errors[field] ? `${this.ids}-${field}-error` : undefined].filter(
      Boolean,
    );
    return ids.length ? ids.join(' ') : undefined;
  }

  private renderError(field: OrderField): TemplateResult | typeof nothing {
    const message = this.errors[field];
    // The symbol box is another element's shadow root, out of reach of aria-describedby:
    // its message is announced instead.
    return message
      ? html`<p
          class="field-error"
          id="${this.ids}-${field}-error"
          part="error"
          role=${ifDefined(field === 'symbol' ? 'alert' : undefined)}
        >
          ${message}
        </p>`
      : nothing;
  }

  private textField(
    field: 'quantity' | 'limitPrice' | 'stopPrice',
    label: string,
    hint?: string,
  ): TemplateResult {
    const id = `${this.ids}-${field}`;
    const hintId = hint ? `${id}-hint` : undefined;
    return html`<div class="field">
      <label class="as-label" for=${id}>${label}</label>
      <input
        id=${id}
        class="as-input"
        part="input"
        data-field=${field}
        type="text"
        inputmode="decimal"
        autocomplete="off"
        .value=${this.draft[field]}
        aria-invalid=${this.errors[field] ? 'true' : 'false'}
        aria-describedby=${ifDefined(this.describedBy(field, hintId))}
        @input=${(e: Event) => this.edit(field, (e.target as HTMLInputElement).value)}
      />
      ${hint ? html`<p class="hint" id=${hintId!}>${hint}</p>` : nothing} ${this.renderError(field)}
    </div>`;
  }

  private select<T extends string>(
    field: 'side' | 'type' | 'timeInForce',
    label: string,
    options: readonly T[],
    labels: Record<T, string>,
    value: T,
    onChange: (value: T) => void,
  ): TemplateResult {
    const id = `${this.ids}-${field}`;
    const errorField = field === 'side' ? 'side' : undefined;
    return html`<div class="field">
      <label class="as-label" for=${id}>${label}</label>
      <select
        id=${id}
        class="as-select"
        part="select"
        data-field=${field}
        aria-invalid=${errorField && this.errors[errorField] ? 'true' : 'false'}
        aria-describedby=${ifDefined(errorField ? this.describedBy(errorField) : undefined)}
        @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value as T)}
      >
        ${options.map(
          (o) => html`<option value=${o} ?selected=${o === value}>${labels[o]}</option>`,
        )}
      </select>
      ${errorField ? this.renderError(errorField) : nothing}
    </div>`;
  }

  private renderForm(): TemplateResult {
    const d = this.draft;
    const sides = ORDER_SIDES.filter((s) => s !== 'SellShort' || this.canShort || d.side === s);
    const busy = this.step === 'previewing';
    const security = this.equity.data;
    const fractional = security?.FractionalSettings?.AllowTrade === 'Allowed';
    return html`<form class="form" part="form" novalidate @submit=${this.review}>
      <div class="field symbol-field">
        <as-symbol-search
          label="Symbol"
          placeholder=${this.ticker ?? 'Search symbol'}
          exportparts="input, listbox, option"
          @as-symbol-pick=${this.onPick}
        ></as-symbol-search>
        ${this.renderError('symbol')}
      </div>
      ${this.select('side', 'Side', sides, SIDE_LABELS, d.side, (v) => this.edit('side', v))}
      ${this.textField(
        'quantity',
        'Quantity',
        security ? (fractional ? 'Shares; fractions allowed.' : 'Whole shares.') : undefined,
      )}
      ${this.select('type', 'Order type', ORDER_TYPES, TYPE_LABELS, d.type, (v) => this.edit('type', v))}
      ${needsStop(d.type) ? this.textField('stopPrice', 'Stop price') : nothing}
      ${needsLimit(d.type) ? this.textField('limitPrice', 'Limit price') : nothing}
      ${this.select(
        'timeInForce',
        'Time in force',
        TIMES_IN_FORCE,
        TIF_LABELS,
        d.timeInForce,
        (v) => this.edit('timeInForce', v as TicketTimeInForce),
      )}
      ${
        d.timeInForce === 'GoodTillDate'
          ? html`<div class="field">
              <label class="as-label" for="${this.ids}-expire">Good till</label>
              <input
                id="${this.ids}-expire"
                class="as-input"
                part="input"
                type="date"
                min=${dateInZone(Date.now() + 86_400_000)}
                data-field="expireDate"
                .value=${live(d.expireDate)}
                aria-invalid=${this.errors.expireDate ? 'true' : 'false'}
                aria-describedby=${ifDefined(this.describedBy('expireDate'))}
                @input=${(e: Event) => this.edit('expireDate', (e.target as HTMLInputElement).value)}
                @change=${(e: Event) => this.edit('expireDate', (e.target as HTMLInputElement).value)}
              />
              ${this.renderError('expireDate')}
            </div>`
          : nothing
      }
      ${
        d.type === 'Limit'
          ? html`<div class="field check">
              <input
                id="${this.ids}-ext"
                type="checkbox"
                .checked=${d.extendedHours}
                @change=${(e: Event) => this.edit('extendedHours', (e.target as HTMLInputElement).checked)}
              />
              <label for="${this.ids}-ext">Allow extended hours</label>
            </div>`
          : nothing
      }
      ${this.renderActionError()}
      ${this.blocker ? html`<p class="form-error" data-blocker part="error">${this.blocker}</p>` : nothing}
      <div class="actions">
        <button
          class="as-button"
          data-variant="primary"
          part="button"
          type="submit"
          ?disabled=${busy || !!this.blocker}
        >
          ${busy ? 'Checking…' : 'Review order'}
        </button>
      </div>
    </form>`;
  }

  /** The preview's or the placement's failure, if the current step has one. */
  private renderActionError(): TemplateResult | typeof nothing {
    const state = this.placement.state;
    const error = 'error' in state ? state.error : undefined;
    return error
      ? html`<p class="form-error" role="alert" part="error">${errorMessage(error)}</p>`
      : nothing;
  }

  private renderReview(): TemplateResult {
    const state = this.placement.state;
    const p = ('preview' in state ? state.preview : undefined) ?? {};
    const order = this.placement.pending!.order;
    const locale = this.effectiveLocale;
    const placing = this.step === 'placing';
    const buying = order.Side === 'Buy' || order.Side === 'SellShort';
    return html`<div class="review" part="summary" role="group" aria-label="Review order">
      <h3 class="review-title">Review order</h3>
      <p class="what" data-summary="order">${describeTicketOrder(order, locale)}</p>
      <dl class="figures">
        <div>
          <dt>Time in force</dt>
          <dd>${TIF_LABELS[order.TimeInforce as TicketTimeInForce] ?? order.TimeInforce}</dd>
        </div>
        <div>
          <dt>Estimated cost</dt>
          <dd data-summary="cost">${formatMoney(p.Cost, locale)}</dd>
        </div>
        <div>
          <dt>Commission</dt>
          <dd data-summary="commission">${formatMoney(p.Commission, locale)}</dd>
        </div>
        <div>
          <dt>Estimated total</dt>
          <dd data-summary="total">${formatMoney(p.TotalCost ?? p.NetCost, locale)}</dd>
        </div>
        <div>
          <dt>Buying power</dt>
          <dd data-summary="buying-power">
            ${buying ? `Uses ${formatMoney(p.MarginChange ?? p.TotalCost, locale)}` : 'Not reduced'}
          </dd>
        </div>
      </dl>
      ${this.renderActionError()}
      <div class="actions">
        <button
          class="as-button"
          data-variant="primary"
          part="button place-button"
          type="button"
          data-autofocus
          aria-disabled=${placing ? 'true' : 'false'}
          @click=${() => void this.placement.place()}
        >
          ${placing ? 'Placing…' : 'Place order'}
        </button>
        <button
          class="as-button"
          part="button"
          type="button"
          ?disabled=${placing}
          @click=${() => this.backToEdit()}
        >
          Edit order
        </button>
      </div>
      ${placing ? html`<p class="as-visually-hidden" role="status">Placing your order…</p>` : nothing}
    </div>`;
  }

  private renderPlaced(): TemplateResult {
    const state = this.placement.state;
    const live = this.placement.order ?? {};
    const notice = state.kind === 'confirmed' ? state.notice : undefined;
    const locale = this.effectiveLocale;
    const order = this.placement.pending?.order ?? {};
    const filled = live.ExecutedQuantity ?? 0;
    return html`<div class="placed" part="status" role="group" aria-label="Order status">
      <h3 class="review-title">Order placed</h3>
      <p class="what">
        ${describeTicketOrder({ ...order, ...(live as CreateOrderResource) }, locale)}
      </p>
      ${notice ? html`<p class="notice" data-notice>${notice}</p>` : nothing}
      <p>
        Status:
        <span
          class="as-badge"
          data-tone=${ifDefined(statusTone(live.Status))}
          data-status=${live.Status ?? ''}
          >${statusLabel(live.Status)}</span
        >
      </p>
      ${
        filled > 0
          ? html`<p data-fill>
              Filled ${formatNumber(filled, locale)} of
              ${formatNumber(live.Quantity ?? order.Quantity, locale)} at
              ${formatPrice(live.AveragePrice, locale)}
            </p>`
          : nothing
      }
      ${
        live.Status === 'Rejected'
          ? html`<p class="form-error" data-reject>Reason: ${rejectionReason(live)}</p>`
          : nothing
      }
      <p class="hint">Order #${live.Id ?? '—'}</p>
      <div class="actions">
        <button
          class="as-button"
          part="button"
          type="button"
          data-autofocus
          @click=${() => this.newOrder()}
        >
          New order
        </button>
      </div>
    </div>`;
  }

  private renderUncertain(): TemplateResult {
    const state = this.placement.state;
    if (state.kind === 'absent') return this.renderAbsent(state.windowRanOut, state.error);
    if (state.kind === 'unknown')
      return html`<div class="uncertain" role="group" aria-label="Order status unknown">
        <p role="alert" data-outcome="unknown">
          We could not confirm whether your order was placed: ${errorMessage(state.error)} Check
          your orders before placing it again.
        </p>
        <div class="actions">
          <button
            class="as-button"
            part="button"
            type="button"
            data-autofocus
            @click=${() => void this.placement.checkAgain()}
          >
            Check again
          </button>
        </div>
      </div>`;
    // placing past the timeout, or checking: the order may still arrive; nothing to press.
    return html`<div class="uncertain" role="group" aria-label="Order not confirmed yet">
      <p role="status" data-outcome="unconfirmed">
        No answer from AutoShares yet. Your order may still arrive: checking whether it arrived… Do
        not place it again; it shows here as soon as it is found.
      </p>
    </div>`;
  }

  /** Known absent: only now is Try again offered (it re-sends the same ClientId). */
  private renderAbsent(windowRanOut: boolean, error: unknown): TemplateResult {
    const seconds = Math.round(
      windowFor({ placeTimeoutMs: this.placeTimeout, windowMs: this.confirmWindow }) / 1000,
    );
    const message = windowRanOut
      ? html`<p role="alert" data-outcome="not-found">
          No answer from AutoShares within ${seconds} s, and your order is not in your orders. It
          was most likely not placed; if it still arrives, it shows here.
        </p>`
      : html`<p role="alert" data-outcome="not-placed">
          ${errorMessage(error)} Your order did not reach AutoShares: it is not in your orders, so
          nothing was placed.
        </p>`;
    return html`<div class="uncertain" role="group" aria-label="Order not placed">
      ${message}
      <p class="hint">
        Try again sends it with the same reference (ClientId), so AutoShares can tell it from a new
        order if the first attempt turns up after all.
      </p>
      <div class="actions">
        <button
          class="as-button"
          data-variant="primary"
          part="button"
          type="button"
          data-autofocus
          @click=${() => void this.placement.retry()}
        >
          Try again
        </button>
        <button class="as-button" part="button" type="button" @click=${() => this.newOrder()}>
          Cancel
        </button>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'as-order-ticket': AutoSharesOrderTicket;
  }
}
