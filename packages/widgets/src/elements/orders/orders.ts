import type { AutoSharesClient, OrderResource, Page, StreamOrder } from '@autoshares/client';
import { ordersQuery } from '@autoshares/client';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Session } from '../../session/session.ts';
import { AccountResolver } from '../../controllers/account-resolver.ts';
import { claimOrderAnnouncement } from '../../orders/announced-orders.ts';
import { AutoSharesElement } from '../../base/base-element.ts';
import { tableStyles } from '../../theme/table-styles.ts';
import { inputStyles } from '../../theme/input-styles.ts';
import { button } from '../../components/button/button.ts';
import { AnnouncerController } from '../../controllers/announcer-controller.ts';
import { MutationController } from '../../controllers/mutation-controller.ts';
import { QueryController } from '../../controllers/query-controller.ts';
import { StreamController } from '../../controllers/stream-controller.ts';
import { formatDateTime, formatNumber, formatPrice } from '../../format/format.ts';
import { statusAnnouncement, type AnnouncedOrder } from '../../orders/order-announcement.ts';
import { hasLimitPrice, hasStopPrice, statusLabel, statusTone } from '../../orders/order-status.ts';
import { renderSegmented, segmentedStyles } from '../../components/segmented/segmented.ts';
import { rowActionStyles } from '../../components/table/table-styles.ts';
import { fitColumns } from '../../components/table/fit-columns.ts';
import { scrollHint } from '../../components/table/scroll-hint.ts';
import { errorMessage } from '../../base/view-states.ts';
import {
  checkReplace,
  describeOrder,
  orderSideLabel,
  filterLabel,
  noOrdersText,
  ordersCaption,
  isOpenOrder,
  matchesFilter,
  ORDER_FILTERS,
  orderPrices,
  type OrderFilter,
  type ReplaceCheck,
} from './order-view.ts';
import { ORDER_COLUMN_DROPS, ordersStyles } from './orders.styles.ts';
import { msg, str } from '../../locale/msg.ts';
import { orderTypeLabel } from '../../orders/order-words.ts';
import { displaySymbol } from '../../options/contract.ts';
import { cellId, headerId, rowLabelledBy } from '../../components/table/row-name.ts';
import {
  describeGroup,
  firstLeg,
  groupOrders,
  groupTitle,
  isConditionalGroup,
  isConditionalRoot,
  parentIdOf,
  type OrderGroup,
} from './order-groups.ts';
import { renderLegRow, renderSpreadPrice } from './leg-rows.ts';
import { renderContractSize } from './contract-size.ts';

/** The columns naming an order row after its symbol. */
const ORDER_ROW_FIGURES = ['side', 'quantity', 'type', 'price', 'status'] as const;

type Action = { kind: 'cancel' | 'replace'; order: OrderResource; legs: OrderResource[] };

/**
 * The account's orders blotter: open and recent orders with their live status, a filter, and
 * cancel and replace for open orders. Behaviour (live updates, confirmations, announcements):
 * `docs/elements/orders.md`.
 *
 * @summary Orders blotter with cancel and replace.
 * @tag as-orders
 * @csspart segmented - The filter switch; `segment` each of its options.
 * @csspart table - The orders table.
 * @csspart row - One order row.
 * @csspart leg-row - A leg of a multi-leg or conditional order, under its root's row (also `row`).
 * @csspart contract-size - "100 shares per contract" under an option contract's name.
 * @csspart cell - Every body cell.
 * @csspart status - The status badge.
 * @csspart button - Every button; also `cancel-button`, `replace-button`.
 * @csspart panel - The cancel confirmation / replace form.
 * @csspart input - The replace form inputs.
 * @csspart state - The loading / empty / error / signed-out block.
 * @csspart stale - The "Delayed — reconnecting" or "Could not refresh" badge over older data.
 * @cssprop --as-orders-max-height - Scroll the rows beyond this height (default none).
 */
export class AutoSharesOrders extends AutoSharesElement {
  static override styles = [
    ...AutoSharesElement.styles,
    tableStyles,
    inputStyles,
    segmentedStyles,
    rowActionStyles,
    ordersStyles,
  ];

  /** Which orders to list: `open`, `filled`, `cancelled` or `all`; the user can switch it too. */
  @property({ reflect: true }) filter: OrderFilter = 'open';

  /** The cancel confirmation or replace form shown, with its order. */
  @state() private action: Action | undefined;
  /** The replace form's messages by field. */
  @state() private invalid: ReplaceCheck['errors'] = {};

  private readonly account = new AccountResolver(this);

  readonly #orders = new QueryController<Page<OrderResource>>(this, (session) => {
    const accountId = this.account.accountId(session);
    return accountId == null ? null : ordersQuery(session.client, accountId);
  });

  /** Latest stream message per order id, shown over the fetched page until it is refetched. */
  #overlay = new Map<number, StreamOrder>();
  #overlaySource: Page<OrderResource> | undefined;

  readonly #orderEvents = new StreamController(this, {
    entity: 'Order',
    keys: (session) => this.account.accountId(session),
    onMessage: (order) => {
      if (typeof order.Id !== 'number') return;
      const shown = this.#shownOrder(order.Id);
      const live = { ...this.#overlay.get(order.Id), ...order };
      this.#overlay.set(order.Id, live);
      this.#announceChange(shown?.Status, { ...shown, ...live });
      this.requestUpdate();
    },
    onResync: () => this.#orders.refresh(),
  });

  readonly #announcer = new AnnouncerController(this);

  /** Saves changes: busy state, the failure shown, announcements, focus afterwards. */
  readonly #mutation = new MutationController(this, this.#announcer);

  get #effectiveFilter(): OrderFilter {
    return ORDER_FILTERS.includes(this.filter) ? this.filter : 'open';
  }

  protected override sessionChanged(previous: Session | undefined): void {
    if (previous?.client !== this.session?.client) {
      this.#closeAction();
      this.#overlay.clear();
      this.#announcer.clear();
    }
  }

  /** Forget the stream's news once a newer page is fetched (it includes them). */
  #syncOverlay(): void {
    const page = this.#orders.data;
    if (page !== this.#overlaySource) {
      this.#overlaySource = page;
      this.#overlay.clear();
    }
  }

  /** The order as the list shows it now (fetched, with the stream's news), if it is known. */
  #shownOrder(id: number): AnnouncedOrder | undefined {
    this.#syncOverlay();
    const fetched = this.#orders.data?.items.find((o) => o.Id === id);
    const live = this.#overlay.get(id);
    return fetched || live ? { ...fetched, ...live } : undefined;
  }

  /**
   * Announce an order's new status when a trader must hear it, unless an element of this
   * session (e.g. the order ticket that placed it) has announced it already.
   */
  #announceChange(before: string | undefined, order: AnnouncedOrder): void {
    const client = this.client;
    const { Id: id, Status: status } = order;
    if (!client || id == null || !status || status === before || !order.Symbol) return;
    const text = this.localized(() => statusAnnouncement(order, this.effectiveLocale));
    if (text && claimOrderAnnouncement(client, id, status))
      this.#announcer.announce(text, { keep: true });
  }

  /** The fetched orders with the stream's newer news merged in, newest first. */
  #allOrders(): OrderResource[] {
    this.#syncOverlay();
    const page = this.#orders.data;
    const fetched = page?.items ?? [];
    const known = new Set(fetched.map((o) => o.Id));
    const merged = fetched.map((o) => {
      const live = o.Id != null ? this.#overlay.get(o.Id) : undefined;
      return live ? ({ ...o, ...live } as OrderResource) : o;
    });
    // a multi-leg root has no symbol: it is shown once its legs name it
    const parents = new Set([...fetched, ...this.#overlay.values()].map((o) => parentIdOf(o)));
    const added = [...this.#overlay.values()]
      .filter((o) => !known.has(o.Id) && (o.Symbol || parents.has(o.Id)))
      .map((o) => o as unknown as OrderResource);
    return [...added, ...merged].sort((a, b) => (b.Id ?? 0) - (a.Id ?? 0));
  }

  // ---- actions --------------------------------------------------------------------------

  #openAction(kind: Action['kind'], order: OrderResource, legs: OrderResource[] = []): void {
    this.action = { kind, order, legs };
    this.#mutation.clearError();
    this.invalid = {};
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('.panel input, .panel [data-autofocus]')?.focus(),
    );
  }

  #closeAction(refocus = false): void {
    const id = this.action?.order.Id;
    const kind = this.action?.kind;
    this.action = undefined;
    this.#mutation.clearError();
    this.invalid = {};
    if (refocus && id != null) {
      void this.updateComplete.then(() =>
        this.renderRoot
          .querySelector<HTMLElement>(`button[data-order="${id}"][data-kind="${kind}"]`)
          ?.focus(),
      );
    }
  }

  /**
   * Sends the cancel or replace of the open panel. Done: the panel closes and focus goes to the
   * filter; failed: the panel stays with the reason, focus back on its button.
   */
  private send(
    write: (client: AutoSharesClient, accountId: number) => Promise<unknown>,
    options: () => { failure: string; announce: string },
  ): void {
    const accountId = this.account.accountId(this.session);
    if (accountId == null) return;
    void this.#mutation.run((client) => write(client, accountId), {
      ...this.localized(options),
      keepAnnouncement: true,
      onSuccess: () => (this.action = undefined),
      focus: '.as-segmented input:checked',
      focusOnError: '.panel [data-autofocus], .panel button[type="submit"]',
    });
  }

  /** "Buy 10 MSFT, Limit 380.00"; a spread or a conditional order by its legs. */
  #describe(order: OrderResource, legs: OrderResource[]): string {
    const locale = this.effectiveLocale;
    return legs.length ? describeGroup({ order, legs }, locale) : describeOrder(order, locale);
  }

  #confirmCancel(order: OrderResource, legs: OrderResource[]): void {
    this.send(
      (client, accountId) => client.writes.orders.cancel(accountId, order.Id!),
      () => {
        const what = this.#describe(order, legs);
        return {
          failure: msg('Could not cancel the order.'),
          announce: msg(str`Cancel requested: ${what}`),
        };
      },
    );
  }

  #submitReplace(event: SubmitEvent, order: OrderResource): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const check = this.localized(() =>
      checkReplace(order, {
        quantity: String(form.get('quantity') ?? ''),
        price: form.has('price') ? String(form.get('price')) : undefined,
        stopPrice: form.has('stopPrice') ? String(form.get('stopPrice')) : undefined,
      }),
    );
    this.invalid = check.errors;
    if (Object.keys(check.errors).length > 0) {
      const first = (['quantity', 'price', 'stopPrice'] as const).find((f) => check.errors[f]);
      void this.updateComplete.then(() =>
        this.renderRoot
          .querySelector<HTMLElement>(`.panel [name="${first ?? 'quantity'}"]`)
          ?.focus(),
      );
      return;
    }
    this.send(
      (client, accountId) => client.writes.orders.replace(accountId, order.Id!, check.changes),
      () => ({
        failure: msg('Could not replace the order.'),
        announce: msg(
          str`Order replaced: ${displaySymbol(order.Symbol ?? '', this.effectiveLocale)}`,
        ),
      }),
    );
  }

  // ---- rendering ------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const accountId = this.account.accountId(this.session);
    const state = this.renderState({
      sources: [...this.account.sources, ...(accountId != null ? [this.#orders] : [])],
      empty: accountId == null,
      emptyMessage: msg('No account to show orders for.'),
      loadingLabel: msg('Loading orders'),
    });
    if (state) return html`${state}${this.#announcer.render()}`;
    const filter = this.#effectiveFilter;
    const shown = groupOrders(this.#allOrders()).filter((g) => matchesFilter(g.order, filter));
    return html`${this.renderStale(this.#orderEvents.stale) ?? nothing}
      <div class="toolbar">
        ${renderSegmented({
          legend: msg('Show orders'),
          name: 'filter',
          options: ORDER_FILTERS.map((f) => ({ value: f, label: filterLabel(f) })),
          value: filter,
          onChange: (value) => (this.filter = value),
        })}
      </div>
      ${this.#renderPanel()}
      ${
        shown.length === 0
          ? html`<p class="list-empty" role="status" part="state empty">${noOrdersText(filter)}</p>`
          : this.#renderTable(shown, filter)
      }
      ${this.#announcer.render()}`;
  }

  #renderTable(groups: readonly OrderGroup[], filter: OrderFilter): TemplateResult {
    const locale = this.effectiveLocale;
    return html`<div class="table-wrap" ${fitColumns(ORDER_COLUMN_DROPS)} ${scrollHint()}>
      <table class="as-table" part="table">
        <caption class="as-visually-hidden">
          ${ordersCaption(filter)}
        </caption>
        <thead>
          <tr>
            <th scope="col" class="col-time">${msg('Time')}</th>
            <th scope="col">${msg('Symbol')}</th>
            <th scope="col" id=${headerId('side')} class="col-side">${msg('Side')}</th>
            <th scope="col" id=${headerId('quantity')} class="num">${msg('Quantity')}</th>
            <th scope="col" id=${headerId('type')} class="col-type">${msg('Type')}</th>
            <th scope="col" id=${headerId('price')} class="num col-price">${msg('Price')}</th>
            <th scope="col" class="num col-fill">${msg('Avg fill')}</th>
            <th scope="col" id=${headerId('status')} class="col-status">${msg('Status')}</th>
            <th scope="col"><span class="as-visually-hidden">${msg('Actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${repeat(
            groups,
            (g) => g.order.Id,
            (g) =>
              html`${this.#renderRow(g, locale)}${g.legs.map((leg) =>
                renderLegRow(leg, g.order, locale, this.renderLegActions(leg, g.order)),
              )}`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  /**
   * One order. Its name for assistive tech: symbol, side, quantity, type, price and status
   * ("MSFT Side Buy Quantity 10 Type Limit Price 380.00 Status New"), from the cells. An order
   * with legs is named by them ("AAPL spread × 2"; a bracket by its security, "Bracket" as its
   * type, its side the entry's); its prices are its legs'.
   */
  #renderRow(group: OrderGroup, locale: string | undefined): TemplateResult {
    const { order: o, legs } = group;
    const spread = legs.length > 0;
    const conditional = isConditionalGroup(group);
    const key = String(o.Id);
    const executed = o.ExecutedQuantity ?? 0;
    const prices = conditional ? { main: '—' } : orderPrices(o, locale);
    const side = orderSideLabel(conditional ? (firstLeg(group) ?? o) : o);
    const named = conditional ? firstLeg(group)?.Symbol : o.Symbol;
    const status = html`<span
      class="as-badge"
      part="status"
      data-tone=${ifDefined(statusTone(o.Status))}
      >${statusLabel(o.Status)}</span
    >`;
    return html`<tr
      part="row"
      data-order=${key}
      data-symbol=${o.Symbol ?? ''}
      aria-labelledby=${rowLabelledBy(key, 'symbol', ORDER_ROW_FIGURES)}
    >
      <td part="cell" class="col-time">${formatDateTime(o.CreateDate, locale)}</td>
      <th scope="row" part="cell" class="col-symbol">
        <span id=${cellId(key, 'symbol')}
          >${spread ? groupTitle(group, locale) : displaySymbol(o.Symbol ?? '', locale)}</span
        >
        <span class="under"
          ><span class="side-inline">${side}</span>
          <span class="type-inline">${orderTypeLabel(o.Type)}</span
          >${renderContractSize(named, locale)}</span
        ><span class="status-inline">${status}</span>
      </th>
      <td part="cell" id=${cellId(key, 'side')} class="col-side">${side}</td>
      <td part="cell" id=${cellId(key, 'quantity')} class="num col-quantity">
        ${
          executed > 0 && executed !== o.Quantity
            ? `${formatNumber(executed, locale)} / ${formatNumber(o.Quantity, locale)}`
            : formatNumber(o.Quantity, locale)
        }
      </td>
      <td part="cell" id=${cellId(key, 'type')} class="col-type">${orderTypeLabel(o.Type)}</td>
      <td part="cell" id=${cellId(key, 'price')} class="num col-price">
        ${spread && !conditional ? renderSpreadPrice(o, locale) : prices.main || '—'}${
          prices.stop
            ? html`<span class="price-stop">${msg(str`Stop ${prices.stop}`)}</span>`
            : nothing
        }
      </td>
      <td part="cell" class="num col-fill">
        ${executed > 0 ? formatPrice(o.AveragePrice, locale) : '—'}
      </td>
      <td part="cell" id=${cellId(key, 'status')} class="col-status">${status}</td>
      <td part="cell" class="actions">
        ${isOpenOrder(o) ? this.#renderRowActions(o, legs) : nothing}
      </td>
    </tr>`;
  }

  /** A working leg of a conditional order is replaced on its own (AutoShares: leg by leg). */
  private renderLegActions(
    leg: OrderResource,
    root: OrderResource,
  ): TemplateResult | typeof nothing {
    if (!isConditionalRoot(root) || !isOpenOrder(leg) || !isOpenOrder(root) || leg.Id == null)
      return nothing;
    return this.#replaceButton(leg);
  }

  #replaceButton(o: OrderResource): TemplateResult {
    const what = this.#describe(o, []);
    return button({
      label: msg('Replace'),
      part: 'button replace-button',
      data: { order: String(o.Id), kind: 'replace' },
      ariaLabel: msg(str`Replace ${what}`),
      disabled: this.#mutation.busy,
      onClick: () => this.#openAction('replace', o),
    });
  }

  #renderRowActions(o: OrderResource, legs: OrderResource[]): TemplateResult {
    const what = this.#describe(o, legs);
    // An order with legs is not replaced as a whole (the API answers 409): a multi-leg order is
    // cancelled and placed anew, a conditional order replaced leg by leg.
    return html`${legs.length ? nothing : this.#replaceButton(o)}
    ${button({
      label: msg('Cancel', {
        id: 'orders.cancel-order',
        desc: 'Button: cancel a working order',
      }),
      variant: 'danger',
      part: 'button cancel-button',
      data: { order: String(o.Id), kind: 'cancel' },
      ariaLabel: msg(str`Cancel ${what}`),
      disabled: this.#mutation.busy,
      onClick: () => this.#openAction('cancel', o, legs),
    })}`;
  }

  #renderPanel(): TemplateResult | typeof nothing {
    const action = this.action;
    if (!action) {
      return this.#mutation.failure
        ? html`<p class="action-error" role="alert">${this.#mutation.message(errorMessage)}</p>`
        : nothing;
    }
    const order = action.order;
    const what = this.#describe(order, action.legs);
    const error = this.#mutation.failure
      ? html`<p class="action-error" role="alert">${this.#mutation.message(errorMessage)}</p>`
      : nothing;
    const keep = button({
      label: action.kind === 'cancel' ? msg('Keep order') : msg('Close'),
      onClick: () => this.#closeAction(true),
    });
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        this.#closeAction(true);
      }
    };
    if (action.kind === 'cancel') {
      return html`<div
        class="panel"
        part="panel"
        role="group"
        aria-labelledby="as-orders-panel-title"
        @keydown=${onKeyDown}
      >
        <p id="as-orders-panel-title">${msg(str`Cancel the order ${what}?`)}</p>
        ${button({
          label: msg('Yes, cancel order'),
          variant: 'danger',
          data: { autofocus: true },
          disabled: this.#mutation.busy,
          onClick: () => this.#confirmCancel(order, action.legs),
        })}
        ${keep} ${error}
      </div>`;
    }
    const fieldError = (name: keyof ReplaceCheck['errors']) =>
      this.invalid[name]
        ? html`<span class="field-error" id="as-orders-${name}-error">${this.invalid[name]}</span>`
        : nothing;
    const input = (name: 'quantity' | 'price' | 'stopPrice', label: string, value: unknown) =>
      html`<div class="field">
        <label class="as-label" for="as-orders-${name}">${label}</label>
        <input
          id="as-orders-${name}"
          class="as-input"
          part="input"
          name=${name}
          inputmode="decimal"
          autocomplete="off"
          .value=${value == null ? '' : String(value)}
          aria-invalid=${this.invalid[name] ? 'true' : 'false'}
          aria-describedby=${this.invalid[name] ? `as-orders-${name}-error` : nothing}
        />
        ${fieldError(name)}
      </div>`;
    return html`<form
      class="panel"
      part="panel"
      aria-labelledby="as-orders-panel-title"
      novalidate
      @submit=${(e: SubmitEvent) => this.#submitReplace(e, order)}
      @keydown=${onKeyDown}
    >
      <p id="as-orders-panel-title">${msg(str`Replace the order ${what}`)}</p>
      ${input('quantity', msg('New quantity'), order.Quantity)}
      ${hasLimitPrice(order) ? input('price', msg('New limit price'), order.Price) : nothing}
      ${hasStopPrice(order) ? input('stopPrice', msg('New stop price'), order.StopPrice) : nothing}
      ${button({ label: msg('Replace order'), variant: 'primary', type: 'submit', disabled: this.#mutation.busy })}
      ${keep}
      ${this.invalid.form ? html`<p class="action-error" role="alert">${this.invalid.form}</p>` : nothing}
      ${error}
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'as-orders': AutoSharesOrders;
  }
}
