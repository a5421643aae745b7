import type { Page, TransactionMapModel } from '@autoshares/client';
import { activityFilter, activityQuery, activityTypesQuery } from '@autoshares/client';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Session } from '../../session/session.ts';
import { AccountResolver } from '../../controllers/account-resolver.ts';
import { LiveCashController } from '../../controllers/live-cash-controller.ts';
import { AnnouncerController } from '../../controllers/announcer-controller.ts';
import { RowFocus } from '../../controllers/row-focus.ts';
import { QueryController } from '../../controllers/query-controller.ts';
import { AutoSharesElement } from '../../base/base-element.ts';
import { errorMessage } from '../../base/view-states.ts';
import { button } from '../../components/button/button.ts';
import { fitColumns } from '../../components/table/fit-columns.ts';
import { scrollHint } from '../../components/table/scroll-hint.ts';
import { cellId, headerId, rowLabelledBy } from '../../components/table/row-name.ts';
import { tableStyles } from '../../theme/table-styles.ts';
import { inputStyles } from '../../theme/input-styles.ts';
import { formatDate, formatNumber, formatPrice } from '../../format/format.ts';
import { msg, str } from '../../locale/msg.ts';
import {
  dayRange,
  downloadText,
  exportFileName,
  parseDay,
  totalValue,
  typeLabel,
} from './activity-view.ts';
import { ACTIVITY_COLUMN_DROPS, activityStyles } from './activity.styles.ts';

/** The columns naming an entry row after its date. */
const ROW_FIGURES = ['type', 'description', 'amount'] as const;

/**
 * The account's activity: trades, commissions, dividends, interest, deposits, withdrawals and
 * fees, newest first, a page at a time, filtered by type and date range, with the total of the
 * page shown and an export of the whole selection as a CSV file (the server's report).
 * Behaviour: `docs/elements/activity.md`.
 *
 * @summary Account activity with filters, paging, totals and CSV export.
 * @tag as-activity
 * @csspart toolbar - The filters and the Export button.
 * @csspart type-select - The type filter.
 * @csspart date-input - Both date inputs.
 * @csspart export-button - The Export button.
 * @csspart table - The activity table.
 * @csspart row - One entry.
 * @csspart cell - Every body cell.
 * @csspart total - The total row.
 * @csspart pager - The page position and the Previous / Next buttons.
 * @csspart state - The loading / empty / error / signed-out block.
 * @cssprop --as-activity-max-height - Scroll the rows beyond this height (default none).
 */
export class AutoSharesActivity extends AutoSharesElement {
  static override styles = [...AutoSharesElement.styles, tableStyles, inputStyles, activityStyles];

  /** Only this activity type (a value of the account's allowed types, e.g. `Payment`); the user can change it. */
  @property({ reflect: true }) type: string | undefined;

  /** First day shown, `YYYY-MM-DD` (default: no lower bound); the user can change it. */
  @property({ reflect: true }) from: string | undefined;

  /** Last day shown, `YYYY-MM-DD` (default: no upper bound); the user can change it. */
  @property({ reflect: true }) to: string | undefined;

  /** Entries per page (1–200, default 25). */
  @property({ attribute: 'page-size', type: Number }) pageSize = 25;

  /** The page shown, from 0. */
  @state() private pageNumber = 0;
  /** An export is running. */
  @state() private exporting = false;
  /** Why the last export failed. */
  @state() private exportError: string | undefined;

  private readonly account = new AccountResolver(this);

  readonly #types = new QueryController<string[]>(this, (session) => {
    const accountId = this.account.accountId(session);
    return accountId == null ? null : activityTypesQuery(session.client, accountId);
  });

  private readonly entries = new QueryController<Page<TransactionMapModel>>(
    this,
    (session) => {
      const accountId = this.account.accountId(session);
      if (accountId == null || this.#rangeInvalid) return null;
      return activityQuery(session.client, accountId, {
        pageNumber: this.pageNumber,
        pageSize: this.#effectivePageSize,
        ...this.#selection,
      });
    },
    // another page or filter keeps the rows shown (marked busy) until it answers
    { keepPreviousWithin: () => this.account.accountId(this.session) },
  );

  /** A fill, a dividend or a transfer moves the cash: the page shown is fetched again. */
  private readonly cash = new LiveCashController(
    this,
    (session) => this.account.accountId(session),
    () => this.entries.refresh(),
  );

  readonly #announcer = new AnnouncerController(this);

  /** Keyboard in the rows, as in every table of the kit: one tab stop, arrows, Home/End. */
  protected readonly rowFocus = new RowFocus(this, { key: 'id', activate: () => undefined });

  get #effectivePageSize(): number {
    const size = Math.floor(Number(this.pageSize));
    return Number.isFinite(size) && size >= 1 ? Math.min(size, 200) : 25;
  }

  private get fromDay(): string | undefined {
    return parseDay(this.from);
  }

  private get toDay(): string | undefined {
    return parseDay(this.to);
  }

  get #rangeInvalid(): boolean {
    const { fromDay, toDay } = this;
    return !!fromDay && !!toDay && fromDay > toDay;
  }

  /** The type filter in effect (trimmed; empty is every type). */
  get #typeFilter(): string | undefined {
    return this.type?.trim() || undefined;
  }

  /** Types and date range, as the activity query and the report take them. */
  get #selection() {
    const type = this.#typeFilter;
    return { types: type ? [type] : [], ...dayRange(this.fromDay, this.toDay) };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // another selection starts at its first page
    if (changed.has('type') || changed.has('from') || changed.has('to') || changed.has('pageSize'))
      this.pageNumber = 0;
  }

  protected override sessionChanged(previous: Session | undefined): void {
    if (previous?.client !== this.session?.client) {
      this.pageNumber = 0;
      this.exportError = undefined;
      this.cash.forget();
      this.#announcer.clear();
    }
  }

  // ---- export ---------------------------------------------------------------------------

  /** Downloads the server's CSV report of the selection (every page, not only the one shown). */
  async #exportCsv(): Promise<void> {
    const client = this.client;
    const accountId = this.account.accountId(this.session);
    if (!client || accountId == null || this.exporting || this.#rangeInvalid) return;
    this.exporting = true;
    this.exportError = undefined;
    try {
      const lines = await client.api.activity.csvReport(accountId, {
        filter: activityFilter(this.#selection),
      });
      const name = exportFileName(accountId, this.#typeFilter, this.fromDay, this.toDay);
      downloadText(lines.length ? `${lines.join('\r\n')}\r\n` : '', name);
      const count = Math.max(0, lines.length - 1);
      this.#announcer.announce(
        this.localized(() => msg(str`Exported ${count} entries to ${name}.`)),
      );
    } catch (error) {
      this.exportError = this.localized(
        () => `${msg('Could not export the activity.')} ${errorMessage(error)}`,
      );
    } finally {
      this.exporting = false;
    }
  }

  // ---- rendering ------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const accountId = this.account.accountId(this.session);
    const state = this.renderState({
      sources: this.account.sources,
      empty: this.signedIn && accountId == null && this.account.sources.length === 0,
      emptyMessage: msg('No account to show activity for.'),
      loadingLabel: msg('Loading activity'),
    });
    if (state) return html`${state}${this.#announcer.render()}`;
    return html`${this.#renderToolbar()} ${this.#renderBody()} ${this.#announcer.render()}`;
  }

  #renderToolbar(): TemplateResult {
    const types = this.#types.data ?? [];
    const current = this.#typeFilter;
    const options = current && !types.includes(current) ? [current, ...types] : types;
    const dateInput = (name: 'from' | 'to', label: string, value: string | undefined) =>
      html`<div class="field">
        <label class="as-label" for="as-activity-${name}">${label}</label>
        <input
          id="as-activity-${name}"
          class="as-input"
          part="date-input"
          type="date"
          name=${name}
          .value=${value ?? ''}
          aria-invalid=${this.#rangeInvalid ? 'true' : 'false'}
          aria-describedby=${this.#rangeInvalid ? 'as-activity-range-error' : nothing}
          @change=${(e: Event) => {
            this[name] = parseDay((e.target as HTMLInputElement).value);
          }}
        />
      </div>`;
    return html`<div
        class="toolbar"
        part="toolbar"
        role="group"
        aria-label=${msg('Filter activity')}
      >
        <div class="field">
          <label class="as-label" for="as-activity-type">${msg('Type')}</label>
          <select
            id="as-activity-type"
            class="as-select"
            part="type-select"
            @change=${(e: Event) => {
              this.type = (e.target as HTMLSelectElement).value || undefined;
            }}
          >
            <option value="" ?selected=${!current}>${msg('All types')}</option>
            ${options.map(
              (t) => html`<option value=${t} ?selected=${t === current}>${typeLabel(t)}</option>`,
            )}
          </select>
        </div>
        ${dateInput('from', msg('From'), this.fromDay)} ${dateInput('to', msg('To'), this.toDay)}
        <span class="export">
          ${button({
            label: this.exporting ? msg('Exporting…') : msg('Export CSV'),
            part: 'button export-button',
            busy: this.exporting,
            disabled: this.#rangeInvalid,
            onClick: () => void this.#exportCsv(),
          })}
        </span>
      </div>
      ${
        this.#rangeInvalid
          ? html`<p class="range-error" id="as-activity-range-error" role="alert">
              ${msg('The start date is after the end date.')}
            </p>`
          : nothing
      }
      ${
        this.exportError
          ? html`<p class="action-error" role="alert">${this.exportError}</p>`
          : nothing
      }`;
  }

  #renderBody(): TemplateResult | typeof nothing {
    if (this.#rangeInvalid) return nothing;
    const state = this.renderState({
      sources: [this.entries],
      empty: this.entries.data !== undefined && this.entries.data.items.length === 0,
      emptyMessage: msg('No activity matches these filters.'),
      loadingLabel: msg('Loading activity'),
    });
    if (state) return state;
    const page = this.entries.data!;
    return html`${this.renderStale(this.cash.stale) ?? nothing}${this.#renderTable(page.items)}
    ${this.#renderPager(page)}`;
  }

  #renderTable(items: readonly TransactionMapModel[]): TemplateResult {
    const locale = this.effectiveLocale;
    const total = totalValue(items);
    const type = this.#typeFilter;
    return html`<div
      class="table-wrap"
      ${fitColumns(ACTIVITY_COLUMN_DROPS)}
      ${scrollHint()}
      aria-busy=${this.entries.fetching ? 'true' : 'false'}
    >
      <table class="as-table" part="table">
        <caption class="as-visually-hidden">
          ${type ? msg(str`Account activity: ${typeLabel(type)}`) : msg('Account activity')}
        </caption>
        <thead>
          <tr>
            <th scope="col" class="col-date">${msg('Date')}</th>
            <th scope="col" id=${headerId('type')} class="col-type">${msg('Type')}</th>
            <th scope="col" id=${headerId('description')} class="col-description">
              ${msg('Description')}
            </th>
            <th scope="col" class="col-symbol">${msg('Symbol')}</th>
            <th scope="col" class="num col-quantity">${msg('Quantity')}</th>
            <th scope="col" class="num col-price">${msg('Price')}</th>
            <th scope="col" id=${headerId('amount')} class="num col-amount">${msg('Amount')}</th>
          </tr>
        </thead>
        <tbody>
          ${repeat(
            items,
            (t) => t.Id,
            (t) => this.#renderRow(t, locale),
          )}
        </tbody>
        <tfoot>
          <tr part="total">
            <th scope="row" class="total-label">
              ${msg(str`Total of the ${items.length} entries shown`)}
            </th>
            <td class="col-type"></td>
            <td class="col-description"></td>
            <td class="col-symbol"></td>
            <td class="col-quantity"></td>
            <td class="col-price"></td>
            <td class="num amount ${total > 0 ? 'in' : total < 0 ? 'out' : ''}" data-total>
              ${formatPrice(total, locale)}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>`;
  }

  /** One entry, named for assistive tech by its date, type, description and amount. */
  #renderRow(t: TransactionMapModel, locale: string | undefined): TemplateResult {
    const key = String(t.Id);
    const value = t.Value ?? 0;
    return html`<tr
      part="row"
      data-id=${key}
      data-type=${t.Type ?? ''}
      aria-labelledby=${rowLabelledBy(key, 'date', ROW_FIGURES)}
    >
      <th scope="row" part="cell" class="col-date" id=${cellId(key, 'date')}>
        ${formatDate(t.Date, locale)}<span class="type-inline">${typeLabel(t.Type)}</span>
      </th>
      <td part="cell" class="col-type" id=${cellId(key, 'type')}>${typeLabel(t.Type)}</td>
      <td part="cell" class="col-description" id=${cellId(key, 'description')}>
        ${t.Description ?? ''}
      </td>
      <td part="cell" class="col-symbol">${t.Symbol ?? ''}</td>
      <td part="cell" class="num col-quantity">
        ${t.Quantity ? formatNumber(t.Quantity, locale) : ''}
      </td>
      <td part="cell" class="num col-price">${t.Price ? formatPrice(t.Price, locale) : ''}</td>
      <td
        part="cell"
        class="num col-amount amount ${value > 0 ? 'in' : value < 0 ? 'out' : ''}"
        id=${cellId(key, 'amount')}
      >
        ${formatPrice(value, locale)}
      </td>
    </tr>`;
  }

  #renderPager(page: Page<TransactionMapModel>): TemplateResult {
    const locale = this.effectiveLocale;
    const size = this.#effectivePageSize;
    const first = page.pageNumber * size + 1;
    const last = page.pageNumber * size + page.items.length;
    const total = page.totalCount;
    const range = msg(
      str`Entries ${formatNumber(first, locale)}–${formatNumber(last, locale)} of ${formatNumber(total, locale)}`,
    );
    const go = (n: number) => {
      this.pageNumber = n;
    };
    return html`<nav class="pager" part="pager" aria-label=${msg('Activity pages')}>
      <span data-range aria-live="polite">${range}</span>
      <span class="buttons">
        ${button({
          label: msg('Previous'),
          part: 'button previous-button',
          busy: page.pageNumber === 0 || this.entries.fetching,
          onClick: () => page.pageNumber > 0 && go(page.pageNumber - 1),
        })}
        ${button({
          label: msg('Next'),
          part: 'button next-button',
          busy: !page.hasNextPage || this.entries.fetching,
          onClick: () => page.hasNextPage && go(page.pageNumber + 1),
        })}
      </span>
    </nav>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'as-activity': AutoSharesActivity;
  }
}
