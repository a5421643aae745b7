import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AutoSharesElement } from '../../base/base-element.ts';
import { inputStyles } from '../../theme/input-styles.ts';
import { errorMessage } from '../../base/view-states.ts';
import { AccountResolver } from '../../controllers/account-resolver.ts';
import { AnnouncerController } from '../../controllers/announcer-controller.ts';
import { LinkGroupController } from '../../controllers/link-group-controller.ts';
import type { SymbolPickEvent, TradeRequest } from '../../core/events.ts';
import { dateInZone } from '../../format/trading-date.ts';
import { windowFor } from '../../orders/placement/placement-state.ts';
import type { Session } from '../../session/session.ts';
import { renderForm } from './form-view.ts';
import { orderTicketStyles } from './order-ticket.styles.ts';
import { checkTicketOrder } from './conditional-validation.ts';
import {
  FIELD_ORDER,
  OPTION_SIDE_LABELS,
  ORDER_SIDES,
  SIDE_LABELS,
  type OrderDraft,
  type OrderErrors,
} from './order-validation.ts';
import { renderAbsent, renderPlaced, renderUnconfirmed, renderUnknown } from './outcome-view.ts';
import { PlacedOrderStatus } from './placed-order-status.ts';
import { renderReview } from './review-view.ts';
import {
  blankDraft,
  renewedDraft,
  requestedDraft,
  withPresets,
  type TicketPresets,
} from './ticket-draft.ts';
import { TicketFlow } from './ticket-flow.ts';
import { canShort, tradingAccount, tradingBlocker } from './trading-account.ts';
import { renderQuote, renderRateLimited } from './quote-view.ts';
import { isOptionContract, rateLimited, TicketQuote } from './ticket-quote.ts';
import { formatNumber } from '../../format/format.ts';
import { STANDARD_CONTRACT_SIZE } from '../../options/contract.ts';
import { msg, str } from '../../locale/msg.ts';
import type { StrategyLeg } from '../../options/strategies.ts';
import { SpreadTicket } from './multi-leg/spread-ticket.ts';
import { spreadStyles } from './multi-leg/spread.styles.ts';

/**
 * An equity order ticket: symbol, side, quantity, type, prices (trailing stops; brackets, OCO and
 * OTO attached), time in force, the live quote,
 * a server preview (**Review order**) and safe placement (**Place order**), then the order's
 * live status. Behaviour (validation, placement safety, announcements):
 * `docs/elements/order-ticket.md` and `docs/order-safety.md`.
 *
 * @summary Equity order ticket with review, safe placement and live status.
 * @tag as-order-ticket
 * @event {OrderPlacedEvent} as-order-placed - The server accepted an order: `{ order: { orderId, accountId, symbol, side, quantity, type } }`.
 * @event {AuthRequiredEvent} as-auth-required - (from the session) no valid token.
 * @csspart form - The order form.
 * @csspart quote - The bid/ask/last line.
 * @csspart input - Text and date inputs.
 * @csspart select - Selects.
 * @csspart button - Every button.
 * @csspart error - An inline field message.
 * @csspart summary - The review summary.
 * @csspart legs - A spread's legs (`prefillStrategy`), each with its side.
 * @csspart status - The placed order's status.
 * @csspart state - The loading / signed-out block.
 * @cssprop --as-accent - Primary button colour; also `--as-danger`, `--as-up`, `--as-down`.
 */
export class AutoSharesOrderTicket extends AutoSharesElement {
  static override styles = [
    ...AutoSharesElement.styles,
    inputStyles,
    orderTicketStyles,
    spreadStyles,
  ];

  /** The ticker to trade. */
  @property({ reflect: true }) symbol: string | undefined;

  /** Preset side: `Buy`, `Sell`, `SellShort` or `BuyToCover`. */
  @property() side: string | undefined;

  /** Preset quantity (as typed). */
  @property() quantity: string | undefined;

  /** Preset order type: `Market`, `Limit`, `Stop`, `StopLimit`, `TrailingStop` or `TrailingStopLimit`. */
  @property() type: string | undefined;

  /** Preset limit price (as typed). */
  @property({ attribute: 'limit-price' }) limitPrice: string | undefined;

  /** After this long without a placement answer, in ms, the order shows as unconfirmed (default 15000). */
  @property({ attribute: 'place-timeout', type: Number }) placeTimeout: number | undefined;

  /**
   * How long an unanswered order is awaited and looked up before Try again is offered, in ms
   * (default 4 × `place-timeout`, at least 60000).
   */
  @property({ attribute: 'confirm-window', type: Number }) confirmWindow: number | undefined;

  /** The form's values, as typed. */
  @state() private draft: OrderDraft = blankDraft();
  /** The form's messages by field. */
  @state() private errors: OrderErrors = {};

  /** Set once errors have been shown, so they update while the user types. */
  #validating = false;
  readonly #ids = `as-ot-${Math.random().toString(36).slice(2, 8)}`;

  readonly #account = new AccountResolver(this);

  /** Review, place, and find out the outcome: the ticket's money-safety logic. */
  private readonly flow = new TicketFlow(
    () => this.client?.api.orders,
    () => this.#timing,
    {
      onChange: () => this.#flowChanged(),
      onConfirmed: (order, pending) => {
        this.status.placed(order, pending);
        this.#focusAutofocus();
      },
    },
  );

  /** The security to trade and its live quote. */
  readonly #quote = new TicketQuote(this, () => this.ticker);

  readonly #announcer = new AnnouncerController(this, 1500);

  /** The placed order's live status, announced once per page. */
  private readonly status = new PlacedOrderStatus(
    this,
    this.flow,
    (session) => this.#account.accountId(session),
    this.#announcer,
  );

  private readonly link = new LinkGroupController(this, (selection) => {
    this.symbol = selection.symbol;
  });

  /** A multi-leg spread to trade instead of the symbol (`prefillStrategy`). */
  readonly #spread = new SpreadTicket(this, {
    ids: this.#ids,
    flow: this.flow,
    accountId: () => this.#account.accountId(this.session),
    canShort: () => this.#canShort,
    blocker: () => this.#blocker,
    reviewed: () => this.#focusAutofocus(),
  });

  get #step() {
    return this.flow.step;
  }

  get #timing() {
    return { placeTimeoutMs: this.placeTimeout, windowMs: this.confirmWindow };
  }

  private get ticker(): string | undefined {
    const t = this.symbol?.trim().toUpperCase();
    return t || undefined;
  }

  get #presets(): TicketPresets {
    const { ticker, side, quantity, type, limitPrice } = this;
    return { ticker, side, quantity, type, limitPrice };
  }

  get #canShort(): boolean {
    return canShort(tradingAccount(this.#account, this.session));
  }

  /** Why this account cannot place orders here at all, if it cannot. */
  get #blocker(): string | undefined {
    return tradingBlocker(this.#account, this.session);
  }

  /** A query of the ticket waits out rate limiting (the client's query cache retries it). */
  get #rateLimited(): boolean {
    return [...this.#account.sources, this.#quote.instrument].some(rateLimited);
  }

  protected override sessionChanged(previous: Session | undefined): void {
    if (previous?.client !== this.session?.client) {
      this.#resetTicket();
      this.#announcer.clear();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('symbol') && (this.#step === 'reviewing' || this.#step === 'previewing'))
      this.flow.edit();
    this.draft = withPresets(this.draft, this.#presets, (name) => changed.has(name));
    if (this.#validating) this.errors = this.#check().errors;
  }

  // ---- editing --------------------------------------------------------------------------

  #check() {
    return this.localized(() =>
      checkTicketOrder(this.draft, {
        security: this.#quote.security,
        quote: this.#quote.quote,
        canShort: this.#canShort,
        today: dateInZone(Date.now()),
        locale: this.effectiveLocale,
      }),
    );
  }

  #edit<K extends keyof OrderDraft>(key: K, value: OrderDraft[K]): void {
    this.draft = { ...this.draft, [key]: value };
    if (this.#step === 'editing' && this.flow.error) this.flow.edit(); // clears the message
  }

  async #review(event?: Event): Promise<void> {
    event?.preventDefault();
    if (this.#step !== 'editing' || this.#blocker) return;
    const client = this.client;
    const accountId = this.#account.accountId(this.session);
    const { instrument, security } = this.#quote;
    this.#validating = true;
    const { errors, order } = this.#check();
    this.errors = errors;
    if (!order && this.ticker && security === undefined && !errors.symbol) {
      this.errors = {
        ...errors,
        symbol:
          instrument.status === 'error'
            ? errorMessage(instrument.error)
            : this.localized(() => msg(str`Still loading ${this.ticker}. Try again in a moment.`)),
      };
    }
    if (!order || !client || accountId == null || security === undefined) {
      await this.updateComplete;
      this.#focusFirstInvalid();
      return;
    }
    if (await this.flow.review(accountId, order)) this.#focusAutofocus();
  }

  #focusAutofocus(): void {
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('[data-autofocus]')?.focus(),
    );
  }

  #focusFirstInvalid(): void {
    const first = FIELD_ORDER.find((f) => this.errors[f]);
    if (!first) return;
    const target =
      first === 'symbol'
        ? this.renderRoot.querySelector<HTMLElement>('as-symbol-search')
        : this.renderRoot.querySelector<HTMLElement>(`[data-field="${first}"]`);
    target?.focus();
  }

  /** Forget the order and start a new one (keeps the symbol, side and type). */
  #resetTicket(): void {
    this.flow.reset();
    this.status.reset();
    this.#validating = false;
    this.errors = {};
    this.draft = renewedDraft(this.draft, this.#presets);
    this.#spread.renew();
  }

  #newOrder(): void {
    this.#resetTicket();
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
    if (this.flow.busy) return;
    this.#resetTicket();
    this.#spread.clear();
    this.symbol = request.symbol;
    this.draft = requestedDraft(this.draft, request);
  }

  /**
   * Start a multi-leg order of these legs (e.g. the `as-strategy-select` of an option chain):
   * one spread, a Limit at `net` (signed: positive debit, negative credit) when given. Ignored
   * while an order is being sent or looked up.
   */
  prefillStrategy(legs: readonly StrategyLeg[], net?: number): void {
    if (this.flow.busy) return;
    this.#resetTicket();
    this.#spread.start(legs, net);
  }

  // ---- placing ---------------------------------------------------------------------------

  /** Re-render on every change; speak and move focus when an outcome is known. */
  #flowChanged(): void {
    this.requestUpdate();
    const step = this.#step;
    if (step === 'confirmed') this.status.announce();
    if (step === 'absent' || step === 'unknown') this.#focusAutofocus();
  }

  // ---- rendering ------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const state = this.renderState({
      sources: this.#account.sources,
      loadingLabel: msg('Loading order ticket'),
    });
    if (state)
      return html`${this.#rateLimited ? renderRateLimited() : state}${this.#announcer.render()}`;
    return html`<section class="ticket" aria-label=${msg('Order ticket')}>
        ${this.renderStale(this.#quote.quotes.stale || this.status.stream.stale) ?? nothing}
        ${
          this.#spread.active
            ? nothing
            : renderQuote({
                quote: this.#quote,
                ticker: this.ticker,
                symbolError: !!this.errors.symbol,
                rateLimited: this.#rateLimited,
                retryNote: (source) => this.retryNote(source),
                locale: this.effectiveLocale,
              })
        }
        ${this.#renderStep()}
      </section>
      ${this.#announcer.render()}`;
  }

  /** The form, the review, or the placement's outcome. */
  #renderStep(): TemplateResult {
    const flow = this.flow;
    const state = flow.placement.state;
    const locale = this.effectiveLocale;
    const newOrder = () => this.#newOrder();
    switch (state.kind) {
      case 'idle':
        if (this.#step === 'reviewing') return this.#renderReview();
        return this.#spread.active ? this.#spread.render() : this.#renderForm();
      case 'placing':
      case 'rejected':
        return this.#renderReview();
      case 'confirmed':
        return renderPlaced({
          order: flow.pending?.order ?? {},
          live: state.result,
          by: state.by,
          locale,
          newOrder,
        });
      case 'absent':
        return renderAbsent({
          ...state,
          windowSeconds: Math.round(windowFor(this.#timing) / 1000),
          retry: () => void flow.placement.retry(),
          cancel: newOrder,
        });
      case 'unknown':
        return renderUnknown(state.error, () => void flow.placement.checkAgain());
      default:
        return renderUnconfirmed();
    }
  }

  #renderForm(): TemplateResult {
    const d = this.draft;
    const security = this.#quote.instrument.data;
    const fractional = security?.FractionalSettings?.AllowTrade === 'Allowed';
    const option = isOptionContract(security);
    const contractSize = formatNumber(
      security?.ContractSize || STANDARD_CONTRACT_SIZE,
      this.effectiveLocale,
    );
    return renderForm({
      ids: this.#ids,
      draft: d,
      errors: this.errors,
      sides: ORDER_SIDES.filter((s) => s !== 'SellShort' || this.#canShort || d.side === s),
      checking: this.#step === 'previewing',
      ticker: this.ticker,
      locale: this.locale,
      sideLabels: option ? OPTION_SIDE_LABELS : SIDE_LABELS,
      quantityHint: !security
        ? undefined
        : option
          ? msg(str`Contracts, ${contractSize} shares each.`)
          : fractional
            ? msg('Shares; fractions allowed.')
            : msg('Whole shares.'),
      blocker: this.#blocker,
      error: this.flow.error,
      edit: (key, value) => this.#edit(key, value),
      pick: (event: SymbolPickEvent) => (this.symbol = event.security.symbol),
      submit: (event) => void this.#review(event),
    });
  }

  #renderReview(): TemplateResult {
    const flow = this.flow;
    return renderReview({
      order: flow.pending!.order,
      preview: flow.preview,
      placing: this.#step === 'placing',
      error: flow.error,
      locale: this.effectiveLocale,
      place: () => void flow.place(),
      edit: () => flow.edit(),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'as-order-ticket': AutoSharesOrderTicket;
  }
}
