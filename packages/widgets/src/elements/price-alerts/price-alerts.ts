import {
  PRICE_ALERT_FIELDS,
  PRICE_ALERT_OPERATORS,
  alertsQuery,
  equityQuery,
  type EquityResource,
  type Page,
  type PriceAlertField,
  type PriceAlertInfoModel,
  type PriceAlertOperator,
} from '@autoshares/client';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Session } from '../../session/session.ts';
import { AutoSharesElement } from '../../base/base-element.ts';
import { tableStyles } from '../../theme/table-styles.ts';
import { inputStyles } from '../../theme/input-styles.ts';
import { button } from '../../components/button/button.ts';
import { AnnouncerController } from '../../controllers/announcer-controller.ts';
import { MutationController } from '../../controllers/mutation-controller.ts';
import { QueryController } from '../../controllers/query-controller.ts';
import { StreamController } from '../../controllers/stream-controller.ts';
import { AlertTriggeredEvent, type SymbolPickEvent } from '../../core/events.ts';
import { formatDate, formatPrice } from '../../format/format.ts';
import { dateInZone } from '../../format/trading-date.ts';
import '../../components/symbol-search/define.ts';
import { fitColumns } from '../../components/table/fit-columns.ts';
import { scrollHint } from '../../components/table/scroll-hint.ts';
import { errorMessage } from '../../base/view-states.ts';
import {
  checkAlert,
  conditionText,
  conditionWords,
  OPERATOR_TEXT,
  fieldLabel,
  stateLabel,
  type AlertDraft,
  type AlertErrors,
  type AlertFormField,
} from './alert-validation.ts';
import { ALERT_COLUMN_DROPS, priceAlertsStyles } from './price-alerts.styles.ts';
import { msg, str } from '../../locale/msg.ts';

type Alert = PriceAlertInfoModel;
type Mode = 'list' | 'create' | 'edit' | 'delete';

interface Toast {
  id: number;
  text: string;
}

const DAY_MS = 86_400_000;

/**
 * The user's price alerts (symbol, condition, price, expiry, state) with create, modify and
 * delete, and a notice when one triggers. Behaviour (form, confirmations, triggers):
 * `docs/elements/price-alerts.md`.
 *
 * @summary Price alerts with create, modify, delete and trigger notifications.
 * @tag as-price-alerts
 * @event {AlertTriggeredEvent} as-alert-triggered - An alert fired: `{ alert: { alertId, symbol, condition, price } }`.
 * @event {AuthRequiredEvent} as-auth-required - (from the session) no valid token.
 * @csspart table - The alerts table.
 * @csspart row - One alert row.
 * @csspart form - The create/modify form.
 * @csspart input - Text and date inputs.
 * @csspart select - Selects.
 * @csspart button - Every button.
 * @csspart error - An inline field message.
 * @csspart toast - A trigger notification.
 * @csspart state - The loading / empty / error / signed-out block.
 * @csspart stale - The "Delayed — reconnecting" or "Could not refresh" badge over older data.
 * @cssprop --as-accent - Highlight of a triggered row; also `--as-danger`.
 */
export class AutoSharesPriceAlerts extends AutoSharesElement {
  static override styles = [
    ...AutoSharesElement.styles,
    tableStyles,
    inputStyles,
    priceAlertsStyles,
  ];

  /** Show a dismissable toast inside the element when an alert triggers. */
  @property({ type: Boolean }) notify = false;

  /** The list, or the create / edit form, or the delete confirmation. */
  @state() private mode: Mode = 'list';
  /** The form's values, as typed. */
  @state() private draft: AlertDraft = this.#emptyDraft();
  /** The form's messages by field. */
  @state() private errors: AlertErrors = {};
  /** The alert being edited or deleted. */
  @state() private target: Alert | undefined;
  /** Trigger notifications shown (with `notify`). */
  @state() private toasts: Toast[] = [];

  private validating = false;
  /** Last seen state per alert id (to notice New → Completed). */
  #knownStates = new Map<number, string | undefined>();
  #seenData: Page<Alert> | undefined;
  /** Alerts that triggered while this element watched. */
  readonly #triggered = new Set<number>();
  #toastSeq = 0;
  readonly #ids = `as-pa-${Math.random().toString(36).slice(2, 8)}`;

  readonly #alerts = new QueryController<Page<Alert>>(this, (session) =>
    alertsQuery(session.client),
  );

  /**
   * The user's `PriceAlert` stream: the client already refreshes the alerts query on each
   * message; this adds the stale badge and a refetch after a gap (a trigger missed meanwhile).
   */
  readonly #alertEvents = new StreamController(this, {
    entity: 'PriceAlert',
    keys: (session) => session.userId,
    onMessage: () => {},
    onResync: () => this.#alerts.refresh(),
  });

  /** The security of the form (tick size, id). */
  readonly #equity = new QueryController<EquityResource>(this, (session) =>
    this.mode !== 'list' && this.mode !== 'delete' && this.draft.symbol
      ? equityQuery(session.client, this.draft.symbol)
      : null,
  );

  readonly #announcer = new AnnouncerController(this, 1500);

  /** Saves changes: busy state, the failure shown, announcements, focus afterwards. */
  readonly #mutation = new MutationController(this, this.#announcer);

  #emptyDraft(): AlertDraft {
    return {
      symbol: '',
      securityId: undefined,
      field: 'Last',
      operator: 'GTEQ',
      price: '',
      expiry: dateInZone(Date.now() + 30 * DAY_MS),
    };
  }

  protected override sessionChanged(previous: Session | undefined): void {
    if (previous?.client !== this.session?.client) {
      this.#closeForm();
      this.#knownStates.clear();
      this.#seenData = undefined;
      this.#triggered.clear();
      this.toasts = [];
      this.#announcer.clear();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const data = this.#alerts.data;
    if (data && data !== this.#seenData) {
      this.#seenData = data;
      this.#noticeTriggers(data.items);
    }
    if (this.validating) this.errors = this.#check().errors;
  }

  /** Compare states with the last fetch: every New → Completed is a trigger. */
  #noticeTriggers(items: readonly Alert[]): void {
    const first = this.#knownStates.size === 0;
    for (const alert of items) {
      if (alert.Id == null) continue;
      const before = this.#knownStates.get(alert.Id);
      if (!first && before === 'New' && alert.State === 'Completed') this.#fire(alert);
      this.#knownStates.set(alert.Id, alert.State);
    }
  }

  #fire(alert: Alert): void {
    const locale = this.effectiveLocale;
    this.#triggered.add(alert.Id!);
    this.dispatchEvent(
      new AlertTriggeredEvent({
        alertId: alert.Id!,
        symbol: alert.Symbol ?? '',
        condition: conditionText(alert, locale),
        price: alert.Argument,
      }),
    );
    const text = this.localized(() => {
      const condition = conditionWords(alert, locale);
      return msg(str`Alert triggered: ${alert.Symbol ?? ''} ${condition}.`);
    });
    this.#announcer.announce(text, { keep: true });
    if (this.notify) this.toasts = [...this.toasts, { id: ++this.#toastSeq, text }];
  }

  #dismiss(toast: Toast): void {
    this.toasts = this.toasts.filter((t) => t !== toast);
  }

  // ---- form ------------------------------------------------------------------------------

  #check() {
    const securityId = this.draft.securityId ?? this.#equity.data?.Id;
    return this.localized(() =>
      checkAlert(
        { ...this.draft, securityId: this.#equity.status === 'error' ? undefined : securityId },
        {
          tickSize: this.#equity.data?.TickSize,
          today: dateInZone(Date.now()),
          locale: this.effectiveLocale,
        },
      ),
    );
  }

  #openCreate(): void {
    this.mode = 'create';
    this.draft = this.#emptyDraft();
    this.#resetForm();
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('as-symbol-search')?.focus(),
    );
  }

  #openEdit(alert: Alert): void {
    this.mode = 'edit';
    this.target = alert;
    this.draft = {
      symbol: alert.Symbol ?? '',
      securityId: alert.SecurityId,
      field: (alert.Field as PriceAlertField) ?? 'Last',
      operator: (alert.Operator as PriceAlertOperator) ?? 'GTEQ',
      price: alert.Argument != null ? String(alert.Argument) : '',
      expiry: alert.ExpirationDate ? dateInZone(alert.ExpirationDate) : '',
    };
    this.#resetForm();
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('[data-field="price"]')?.focus(),
    );
  }

  #openDelete(alert: Alert): void {
    this.mode = 'delete';
    this.target = alert;
    this.#mutation.clearError();
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('[data-autofocus]')?.focus(),
    );
  }

  #resetForm(): void {
    this.errors = {};
    this.validating = false;
    this.#mutation.clearError();
  }

  /**
   * Closes the form or the delete confirmation. `focus` says where focus goes once it is gone
   * (for keyboard users, whose focused button just disappeared): `'opener'` back to the button
   * that opened it (the row's Edit or Delete, or New alert), `'new'` to New alert; both fall
   * back to New alert when that row is gone.
   */
  #closeForm(focus?: 'opener' | 'new'): void {
    const back = focus && this.#focusAfterClose(focus);
    this.mode = 'list';
    this.target = undefined;
    this.#resetForm();
    if (back) void this.updateComplete.then(() => back()?.focus());
  }

  /** Where focus goes once the open form or confirmation is gone (see `closeForm`). */
  #focusAfterClose(focus: 'opener' | 'new'): () => HTMLElement | null {
    const opener = focus === 'opener' && this.mode !== 'create' ? this.target?.Id : undefined;
    const kind = this.mode === 'delete' ? 'delete' : 'edit';
    return () => {
      const root = this.renderRoot;
      const back =
        opener != null
          ? root.querySelector<HTMLElement>(`button[data-alert="${opener}"][data-kind="${kind}"]`)
          : null;
      return back ?? root.querySelector<HTMLElement>('button[data-kind="new"]');
    };
  }

  /** Escape closes the form or confirmation, unless something inside used it (the search). */
  readonly #onEscape = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    this.#closeForm('opener');
  };

  #edit<K extends keyof AlertDraft>(key: K, value: AlertDraft[K]): void {
    this.draft = { ...this.draft, [key]: value };
  }

  #onPick(event: SymbolPickEvent): void {
    this.draft = {
      ...this.draft,
      symbol: event.security.symbol,
      securityId: event.security.securityId,
    };
  }

  async #submit(event: Event): Promise<void> {
    event.preventDefault();
    if (!this.client || this.#mutation.busy) return;
    this.validating = true;
    const { errors, input } = this.#check();
    this.errors = errors;
    if (!input) {
      await this.updateComplete;
      const first = (['symbol', 'price', 'expiry'] as AlertFormField[]).find((f) => errors[f]);
      const field = first === 'symbol' ? 'as-symbol-search' : `[data-field="${first}"]`;
      this.renderRoot.querySelector<HTMLElement>(field)?.focus();
      return;
    }
    const editing = this.mode === 'edit' ? this.target : undefined;
    await this.#mutation.run(
      (client) =>
        editing?.Id != null
          ? client.writes.alerts.update(editing.Id, input)
          : client.writes.alerts.create(input),
      {
        ...this.localized(() => {
          const symbol = this.draft.symbol;
          const condition = conditionWords(
            { Field: input.Field, Operator: input.Operator, Argument: input.Argument },
            this.effectiveLocale,
          );
          return editing
            ? {
                failure: msg('Could not save the alert.'),
                announce: msg(str`Updated alert: ${symbol} ${condition}.`),
              }
            : {
                failure: msg('Could not create the alert.'),
                announce: msg(str`Created alert: ${symbol} ${condition}.`),
              };
        }),
        onSuccess: () => this.#closeForm(),
        focus: this.#focusAfterClose('opener'),
        focusOnError: '.form button[type="submit"]',
      },
    );
  }

  async #deleteAlert(alert: Alert): Promise<void> {
    if (alert.Id == null) return;
    await this.#mutation.run((client) => client.writes.alerts.delete(alert.Id!), {
      ...this.localized(() => {
        const condition = conditionWords(alert, this.effectiveLocale);
        return {
          failure: msg('Could not delete the alert.'),
          announce: msg(str`Deleted alert: ${alert.Symbol ?? ''} ${condition}.`),
        };
      }),
      onSuccess: () => this.#closeForm(),
      focus: this.#focusAfterClose('new'),
      focusOnError: '.confirm [data-autofocus]',
    });
  }

  // ---- rendering ------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const items = this.#alerts.data?.items ?? [];
    const addButton = button({
      label: msg('New alert'),
      variant: 'primary',
      data: { kind: 'new' },
      onClick: () => this.#openCreate(),
    });
    const state = this.renderState({
      sources: [this.#alerts],
      empty: items.length === 0 && this.mode === 'list',
      emptyMessage: msg('You have no price alerts.'),
      emptyAction: addButton,
      loadingLabel: msg('Loading price alerts'),
    });
    if (state) return html`${state}${this.#renderToasts()}${this.#announcer.render()}`;
    return html`${this.renderStale(this.#alertEvents.stale) ?? nothing} ${this.#renderToasts()}
      <div class="toolbar">
        <h2 class="title as-visually-hidden">${msg('Price alerts')}</h2>
        ${this.mode === 'list' ? addButton : nothing}
      </div>
      ${this.mode === 'create' || this.mode === 'edit' ? this.#renderForm() : nothing}
      ${this.mode === 'delete' && this.target ? this.#renderDelete(this.target) : nothing}
      ${items.length ? this.#renderTable(items) : nothing} ${this.#announcer.render()}`;
  }

  #renderToasts(): TemplateResult | typeof nothing {
    if (!this.toasts.length) return nothing;
    return html`<div class="toasts">
      ${repeat(
        this.toasts,
        (t) => t.id,
        (t) =>
          html`<div class="toast" role="status" part="toast">
            <span>${t.text}</span>
            ${button({
              label: '×',
              ariaLabel: msg('Dismiss notification'),
              onClick: () => this.#dismiss(t),
            })}
          </div>`,
      )}
    </div>`;
  }

  #renderCondition(alert: Alert): TemplateResult {
    const op = OPERATOR_TEXT[alert.Operator as PriceAlertOperator];
    return html`${fieldLabel(alert.Field)}
    ${
      op
        ? html`<span aria-hidden="true">${op.symbol}</span>
            <span class="as-visually-hidden">${op.words}</span>`
        : (alert.Operator ?? '')
    }`;
  }

  #renderTable(items: readonly Alert[]): TemplateResult {
    const locale = this.effectiveLocale;
    return html`<div class="scroll" ${fitColumns(ALERT_COLUMN_DROPS)} ${scrollHint()}>
      <table class="as-table" part="table">
        <caption class="as-visually-hidden">
          ${msg('Price alerts')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Symbol')}</th>
            <th scope="col">${msg('Condition')}</th>
            <th scope="col" class="num">${msg('Price')}</th>
            <th scope="col" class="expiry">${msg('Expires')}</th>
            <th scope="col">${msg('State')}</th>
            <th scope="col"><span class="as-visually-hidden">${msg('Actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${repeat(
            items,
            (a) => a.Id,
            (a) => {
              const fired = this.#triggered.has(a.Id!);
              const label = stateLabel(a.State);
              return html`<tr
                part="row"
                data-alert-id=${ifDefined(a.Id)}
                data-alert-state=${a.State ?? ''}
                ?data-triggered=${fired}
              >
                <th scope="row">${a.Symbol}</th>
                <td data-col="condition">${this.#renderCondition(a)}</td>
                <td class="num" data-col="price">${formatPrice(a.Argument, locale)}</td>
                <td class="expiry" data-col="expires">${formatDate(a.ExpirationDate, locale)}</td>
                <td data-col="state">
                  <span
                    class="as-badge"
                    data-tone=${ifDefined(a.State === 'Completed' ? 'warning' : undefined)}
                    >${fired ? msg(str`${label} just now`) : label}</span
                  >
                </td>
                <td class="actions">
                  ${
                    a.State === 'New'
                      ? button({
                          label: msg('Edit'),
                          ariaLabel: msg(str`Edit alert ${a.Symbol} ${conditionWords(a, locale)}`),
                          data: { alert: a.Id, kind: 'edit' },
                          disabled: this.#mutation.busy,
                          onClick: () => this.#openEdit(a),
                        })
                      : nothing
                  }
                  ${button({
                    label: msg('Delete'),
                    variant: 'danger',
                    ariaLabel: msg(str`Delete alert ${a.Symbol} ${conditionWords(a, locale)}`),
                    data: { alert: a.Id, kind: 'delete' },
                    disabled: this.#mutation.busy,
                    onClick: () => this.#openDelete(a),
                  })}
                </td>
              </tr>`;
            },
          )}
        </tbody>
      </table>
    </div>`;
  }

  #renderDelete(alert: Alert): TemplateResult {
    return html`<div
      class="confirm"
      role="group"
      aria-label=${msg('Delete alert')}
      @keydown=${this.#onEscape}
    >
      <p>
        ${msg(str`Delete the alert ${alert.Symbol} ${conditionText(alert, this.effectiveLocale)}?`)}
      </p>
      ${button({
        label: msg('Delete alert'),
        variant: 'danger',
        data: { autofocus: true },
        disabled: this.#mutation.busy,
        onClick: () => void this.#deleteAlert(alert),
      })}
      ${button({ label: msg('Cancel'), onClick: () => this.#closeForm('opener') })}
      ${
        this.#mutation.failure
          ? html`<p class="form-error" role="alert">${this.#mutation.message(errorMessage)}</p>`
          : nothing
      }
    </div>`;
  }

  #fieldError(field: AlertFormField): TemplateResult | typeof nothing {
    const message = this.errors[field];
    return message
      ? html`<p class="field-error" id="${this.#ids}-${field}-error" part="error">${message}</p>`
      : nothing;
  }

  #invalid(field: AlertFormField) {
    return {
      invalid: this.errors[field] ? 'true' : 'false',
      describedBy: this.errors[field] ? `${this.#ids}-${field}-error` : undefined,
    };
  }

  #renderForm(): TemplateResult {
    const d = this.draft;
    const editing = this.mode === 'edit';
    const price = this.#invalid('price');
    const expiry = this.#invalid('expiry');
    return html`<form
      class="form"
      part="form"
      novalidate
      aria-label=${editing ? msg(str`Modify alert for ${d.symbol}`) : msg('New price alert')}
      @keydown=${this.#onEscape}
      @submit=${this.#submit}
    >
      <div class="field wide">
        ${
          editing
            ? html`<p class="as-label">${msg('Symbol:')} <strong>${d.symbol}</strong></p>`
            : html`<as-symbol-search
                  label=${msg('Symbol')}
                  locale=${ifDefined(this.locale)}
                  exportparts="input, listbox, option"
                  @as-symbol-pick=${this.#onPick}
                ></as-symbol-search>
                ${d.symbol ? html`<p class="picked">${msg('Selected:')} <strong>${d.symbol}</strong></p>` : nothing}`
        }
        ${this.#fieldError('symbol')}
      </div>
      <div class="field">
        <label class="as-label" for="${this.#ids}-field">${msg('Price field')}</label>
        <select
          id="${this.#ids}-field"
          class="as-select"
          part="select"
          @change=${(e: Event) => this.#edit('field', (e.target as HTMLSelectElement).value as PriceAlertField)}
        >
          ${PRICE_ALERT_FIELDS.map((f) => html`<option value=${f} ?selected=${d.field === f}>${fieldLabel(f)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label class="as-label" for="${this.#ids}-op">${msg('Condition')}</label>
        <select
          id="${this.#ids}-op"
          class="as-select"
          part="select"
          @change=${(e: Event) =>
            this.#edit('operator', (e.target as HTMLSelectElement).value as PriceAlertOperator)}
        >
          ${PRICE_ALERT_OPERATORS.map(
            (o) =>
              html`<option value=${o} ?selected=${d.operator === o}>
                ${OPERATOR_TEXT[o].symbol} ${OPERATOR_TEXT[o].words}
              </option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label class="as-label" for="${this.#ids}-price">${msg('Price')}</label>
        <input
          id="${this.#ids}-price"
          class="as-input"
          part="input"
          data-field="price"
          type="text"
          inputmode="decimal"
          autocomplete="off"
          .value=${d.price}
          aria-invalid=${price.invalid}
          aria-describedby=${ifDefined(price.describedBy)}
          @input=${(e: Event) => this.#edit('price', (e.target as HTMLInputElement).value)}
        />
        ${this.#fieldError('price')}
      </div>
      <div class="field">
        <label class="as-label" for="${this.#ids}-expiry">${msg('Expires')}</label>
        <input
          id="${this.#ids}-expiry"
          class="as-input"
          part="input"
          data-field="expiry"
          type="date"
          min=${dateInZone(Date.now() + DAY_MS)}
          .value=${live(d.expiry)}
          aria-invalid=${expiry.invalid}
          aria-describedby=${ifDefined(expiry.describedBy)}
          @input=${(e: Event) => this.#edit('expiry', (e.target as HTMLInputElement).value)}
          @change=${(e: Event) => this.#edit('expiry', (e.target as HTMLInputElement).value)}
        />
        ${this.#fieldError('expiry')}
      </div>
      ${
        this.#mutation.failure
          ? html`<p class="form-error wide" role="alert">
              ${this.#mutation.message(errorMessage)}
            </p>`
          : nothing
      }
      <div class="actions wide">
        ${button({
          label: editing ? msg('Save alert') : msg('Create alert'),
          variant: 'primary',
          type: 'submit',
          disabled: this.#mutation.busy,
        })}
        ${button({ label: msg('Cancel'), onClick: () => this.#closeForm('opener') })}
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'as-price-alerts': AutoSharesPriceAlerts;
  }
}
