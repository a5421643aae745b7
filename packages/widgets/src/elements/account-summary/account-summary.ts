import type { AccountBalance, UserAccountModel } from '@autoshares/client';
import { balanceQuery } from '@autoshares/client';
import { html, nothing, type TemplateResult } from 'lit';
import type { Session } from '../../session/session.ts';
import { AccountSelectEvent } from '../../core/account-events.ts';
import { AccountResolver } from '../../controllers/account-resolver.ts';
import { AutoSharesElement } from '../../base/base-element.ts';
import { inputStyles } from '../../theme/input-styles.ts';
import { AnnouncerController } from '../../controllers/announcer-controller.ts';
import { QueryController } from '../../controllers/query-controller.ts';
import { StreamController } from '../../controllers/stream-controller.ts';
import { direction } from '../../format/format.ts';
import { accountSummaryStyles } from './account-summary.styles.ts';
import { FIGURES } from './figures.ts';
import { msg, str } from '../../locale/msg.ts';

/** "Individual Margin (5SB52005)". */
export function accountLabel(account: UserAccountModel): string {
  const name = account.Alias || msg(str`Account ${account.Id}`);
  return account.ClearingAccount ? `${name} (${account.ClearingAccount})` : name;
}

/**
 * The account's balance at a glance (equity, P&L, cash, buying power, market value, margin
 * figures, open orders), live and quiet (a panel of totals never flashes; see
 * docs/design-language.md), with a switcher when the user has several accounts. Behaviour:
 * `docs/elements/account-summary.md`.
 *
 * @summary Live account balance summary with an account switcher.
 * @tag as-account-summary
 * @event {AccountSelectEvent} as-account-select - The user switched account: `{ accountId }`.
 * @csspart switcher - The account `<select>`.
 * @csspart figures - The list of figures.
 * @csspart figure - One figure (label and value).
 * @csspart value - A figure's value.
 * @csspart state - The loading / empty / error / signed-out block.
 * @csspart stale - The "Delayed — reconnecting" or "Could not refresh" badge over older data.
 * @cssprop --as-account-summary-columns - Minimum column width of the figures grid (default 10rem).
 */
export class AutoSharesAccountSummary extends AutoSharesElement {
  static override styles = [...AutoSharesElement.styles, inputStyles, accountSummaryStyles];

  readonly #account = new AccountResolver(this);

  readonly #balance = new QueryController<AccountBalance>(this, (session) => {
    const accountId = this.#account.accountId(session);
    return accountId == null ? null : balanceQuery(session.client, accountId);
  });

  /** Tracks the balance stream only for the stale badge (the client patches the cache). */
  readonly #balanceEvents = new StreamController(this, {
    entity: 'AccountBalance',
    keys: (session) => this.#account.accountId(session),
    onMessage: () => undefined,
    onResync: () => this.#balance.refresh(),
  });

  readonly #announcer = new AnnouncerController(this);
  /** The shown account was picked in the switcher (not set by the page). */
  #picked = false;

  protected override sessionChanged(previous: Session | undefined): void {
    if (previous?.client !== this.session?.client) {
      this.#announcer.clear();
      // another sign-in (maybe another user): drop the account picked for the previous one
      if (this.#picked) {
        this.#picked = false;
        this.accountId = undefined;
      }
    }
  }

  #switchTo(accountId: number, accounts: readonly UserAccountModel[]): void {
    if (accountId === this.#account.accountId(this.session)) return;
    this.accountId = accountId;
    this.#picked = true;
    const picked = accounts.find((a) => a.Id === accountId);
    this.#announcer.announce(
      this.localized(() => {
        const label = picked ? accountLabel(picked) : msg(str`Account ${accountId}`);
        return msg(str`Showing ${label}`);
      }),
    );
    const selected = new AccountSelectEvent(accountId);
    this.dispatchEvent(selected);
  }

  protected override render(): TemplateResult {
    const session = this.session;
    const accountId = this.#account.accountId(session);
    const state = this.renderState({
      sources: [...this.#account.sources, ...(accountId != null ? [this.#balance] : [])],
      empty: accountId == null,
      emptyMessage: msg('No account to show.'),
      loadingLabel: msg('Loading account summary'),
    });
    const accounts = this.#account.list(session);
    const switcher =
      this.signedIn && accounts.length > 1 ? this.renderSwitcher(accounts, accountId) : nothing;
    if (state) return html`${switcher}${state}${this.#announcer.render()}`;
    const balance = this.#balance.data ?? {};
    const current = accounts.find((a) => a.Id === accountId);
    const isMargin = current ? current.MarginType !== 'Cash' : true;
    const locale = this.effectiveLocale;
    return html`${this.renderStale(this.#balanceEvents.stale) ?? nothing} ${switcher}
      <dl
        class="figures"
        part="figures"
        aria-label=${current ? msg(str`Balance of ${accountLabel(current)}`) : msg('Balance')}
      >
        ${FIGURES.filter((f) => !f.margin || isMargin).map((f) => {
          const value = f.value(balance);
          const tone = f.signed ? direction(value) : 'flat';
          return html`<div
            class="figure ${f.primary ? 'primary' : ''}"
            part="figure"
            data-figure=${f.key}
          >
            <dt>${f.label()}</dt>
            <dd class="value ${tone === 'flat' ? '' : tone}" part="value">
              <span class="num">${f.text(balance, locale)}</span>
              ${f.detail ? html`<span class="detail num">${f.detail(balance, locale)}</span>` : nothing}
            </dd>
          </div>`;
        })}
      </dl>
      ${this.#announcer.render()}`;
  }

  private renderSwitcher(
    accounts: readonly UserAccountModel[],
    accountId: number | null,
  ): TemplateResult {
    return html`<div class="toolbar">
      <label class="as-label" for="as-account-switcher">${msg('Account')}</label>
      <select
        id="as-account-switcher"
        class="as-select"
        part="switcher"
        @change=${(e: Event) => this.#switchTo(Number((e.target as HTMLSelectElement).value), accounts)}
      >
        ${accounts.map(
          (a) =>
            html`<option
              value=${String(a.Id)}
              ?selected=${a.Id === accountId}
              ?disabled=${a.Enabled === false}
            >
              ${accountLabel(a)}
            </option>`,
        )}
      </select>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'as-account-summary': AutoSharesAccountSummary;
  }
}
