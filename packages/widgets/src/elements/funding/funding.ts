import {
  isAutoSharesError,
  type AccountBalance,
  type AchRelationshipResource,
  type AchTransferEditableResource,
  type AllowedIraConstraintsResource,
  type FeeResource,
  type Page,
  type TransferResource,
} from '@autoshares/client';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Session } from '../../session/session.ts';
import { AutoSharesElement } from '../../base/base-element.ts';
import { errorMessage } from '../../base/view-states.ts';
import { button } from '../../components/button/button.ts';
import { AccountResolver } from '../../controllers/account-resolver.ts';
import { AnnouncerController } from '../../controllers/announcer-controller.ts';
import { MutationController } from '../../controllers/mutation-controller.ts';
import { QueryController } from '../../controllers/query-controller.ts';
import { formatDate, formatMoney } from '../../format/format.ts';
import { msg, str } from '../../locale/msg.ts';
import { PlacementController } from '../../orders/placement/placement-controller.ts';
import { inputStyles } from '../../theme/input-styles.ts';
import { tableStyles } from '../../theme/table-styles.ts';
import { fundingStyles } from './funding.styles.ts';
import {
  accountNumberError,
  checkAmount,
  checkMicroDeposit,
  routingNumberError,
} from './funding-validation.ts';
import {
  contributionLabel,
  contributionYears,
  iraPart,
  NO_IRA_ANSWERS,
  reasonLabel,
  type IraAnswers,
} from './ira-questions.ts';
import { expectedSettlement } from './settlement-date.ts';
import { transferPlacement } from './transfer-placement.ts';

type Link = AchRelationshipResource;
type Direction = 'deposit' | 'withdraw';
type View = 'main' | 'add' | 'verify' | 'remove' | 'review' | 'placed';
type Errors = Partial<Record<string, string>>;

/** A transfer checked and ready to send (the review step). */
interface TransferDraft {
  direction: Direction;
  link: Link;
  amount: number;
  /** The retirement-account answers of the body (empty for other accounts). */
  ira: Partial<AchTransferEditableResource>;
  /** When the review was opened: the settlement estimate is for a request made now. */
  at: number;
}

/** The server's 422 field paths (`model.RoutingNumber`) → the add-bank form's fields. */
const SERVER_FIELDS: Record<string, string> = {
  RoutingNumber: 'routing',
  AccountNumber: 'account',
  AccountOwnerName: 'owner',
  Name: 'name',
  BankAccountType: 'type',
};

/** Only the last four digits of a bank account number, ever. */
export function maskedNumber(link: Link): string {
  const shown = link.DisplayAccountNumber?.replace(/\d(?=\d{4})/g, '*');
  if (shown) return shown;
  const digits = (link.AccountNumber ?? '').replace(/\D/g, '');
  return digits ? `****${digits.slice(-4)}` : '****';
}

const isPending = (t: TransferResource) => t.Status === 'Pending';

/**
 * Moves money between a linked bank account and the brokerage account: linked bank accounts
 * (add with validation, verify micro-deposits, set default, remove), ACH deposits and
 * withdrawals with a review step (fees, expected settlement), pending transfers with Cancel.
 * A confirmed transfer is sent at most once whatever the network does. Behaviour:
 * `docs/elements/funding.md`.
 *
 * @summary Linked bank accounts, deposits and withdrawals, pending transfers.
 * @tag as-funding
 * @event {AuthRequiredEvent} as-auth-required - (from the session) no valid token.
 * @csspart table - The bank accounts and transfers tables.
 * @csspart form - The transfer, add-bank and verify forms.
 * @csspart input - Text inputs.
 * @csspart select - Selects.
 * @csspart button - Every button.
 * @csspart error - An inline field message.
 * @csspart review - The review step of a transfer.
 * @csspart outcome - What became of a sent transfer.
 * @csspart state - The loading / empty / error / signed-out block.
 * @cssprop --as-danger - Field and form messages.
 */
export class AutoSharesFunding extends AutoSharesElement {
  static override styles = [...AutoSharesElement.styles, tableStyles, inputStyles, fundingStyles];

  /** After this long without an answer to a transfer, in ms, it shows as unconfirmed (default 15000). */
  @property({ attribute: 'place-timeout', type: Number }) placeTimeout: number | undefined;

  /**
   * How long an unanswered transfer is awaited and looked up before Try again is offered, in ms
   * (default 4 × `place-timeout`, at least 60000).
   */
  @property({ attribute: 'confirm-window', type: Number }) confirmWindow: number | undefined;

  @state() private view: View = 'main';
  @state() private direction: Direction = 'deposit';
  @state() private amountText = '';
  @state() private linkId: string | undefined;
  @state() private errors: Errors = {};
  @state() private review: TransferDraft | undefined;
  /** The link being verified or removed. */
  @state() private target: Link | undefined;
  @state() private bank = { owner: '', routing: '', account: '', type: 'Checking', name: '' };
  @state() private deposits = { first: '', second: '' };
  @state() private fees: FeeResource[] | undefined;
  @state() private ira: IraAnswers = NO_IRA_ANSWERS;

  private readonly ids = `as-fund-${Math.random().toString(36).slice(2, 8)}`;
  /** Transfers this element placed (never taken for a later one whose answer was lost). */
  private readonly placedIds = new Set<string>();
  private readonly account = new AccountResolver(this);

  private readonly links = new QueryController<Page<Link>>(this, (session) => {
    const id = this.account.accountId(session);
    return id == null ? null : session.client.resources.bankLinks(id);
  });
  private readonly transfers = new QueryController<Page<TransferResource>>(this, (session) => {
    const id = this.account.accountId(session);
    return id == null ? null : session.client.resources.transfers(id);
  });
  private readonly balance = new QueryController<AccountBalance>(this, (session) => {
    const id = this.account.accountId(session);
    return id == null ? null : session.client.resources.balance(id);
  });

  /** What a retirement account asks of a transfer in the chosen direction. */
  private readonly iraRules = new QueryController<AllowedIraConstraintsResource>(
    this,
    (session) => {
      const id = this.account.accountId(session);
      return id == null
        ? null
        : session.client.resources.iraConstraints(id, 'ACH', this.direction === 'deposit');
    },
  );

  private readonly announcer = new AnnouncerController(this, 1500);
  private readonly mutation = new MutationController(this, this.announcer);
  private readonly placement = new PlacementController<TransferResource>(
    () => ({ placeTimeoutMs: this.placeTimeout, windowMs: this.confirmWindow }),
    {
      onChange: () => this.requestUpdate(),
      onConfirmed: (transfer) => this.transferConfirmed(transfer),
    },
  );

  protected override sessionChanged(previous: Session | undefined): void {
    if (previous?.client !== this.session?.client) {
      this.placement.reset();
      this.placedIds.clear();
      this.close();
    }
  }

  private get accountIdNow(): number | null {
    return this.account.accountId(this.session);
  }

  private get activeLinks(): Link[] {
    return (this.links.data?.items ?? []).filter((l) => l.Status !== 'Canceled');
  }

  private get approvedLinks(): Link[] {
    return this.activeLinks.filter((l) => l.Status === 'Approved');
  }

  private focusSoon(selector: string): void {
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus(),
    );
  }

  private close(focus?: string): void {
    this.view = 'main';
    this.target = undefined;
    this.review = undefined;
    this.errors = {};
    this.fees = undefined;
    this.mutation.clearError();
    if (focus) this.focusSoon(focus);
  }

  private readonly onEscape = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented || this.placement.busy) return;
    event.preventDefault();
    this.close('[data-kind="review"]');
  };

  // ---- transfers ---------------------------------------------------------------------------

  private chosenLink(): Link | undefined {
    const links = this.approvedLinks;
    return links.find((l) => l.Id === this.linkId) ?? links.find((l) => l.Default) ?? links[0];
  }

  /** Deposit or Withdraw chosen: the other direction's answers and messages go. */
  private turn(direction: Direction): void {
    this.direction = direction;
    this.errors = {};
    this.ira = NO_IRA_ANSWERS;
  }

  private openReview(event: Event): void {
    event.preventDefault();
    const link = this.chosenLink();
    const errors: Errors = {};
    const checked = this.localized(() =>
      checkAmount(this.amountText, {
        withdrawable: this.direction === 'withdraw' ? (this.balance.data?.netCash ?? 0) : undefined,
        locale: this.effectiveLocale,
      }),
    );
    if (checked.error) errors.amount = checked.error;
    if (!link) errors.link = this.localized(() => msg('Link and verify a bank account first.'));
    const rules = this.iraRules.data;
    const ira = this.localized(() => iraPart(rules, this.direction === 'deposit', this.ira));
    Object.assign(errors, ira.errors);
    if (!rules)
      errors.amount ??= this.localized(() =>
        msg('Still loading the account: try again in a moment.'),
      );
    this.errors = errors;
    if (checked.amount === undefined || !link || !ira.body || !rules) {
      const first = ['link', 'amount', 'contribution', 'year', 'reason'].find((f) => errors[f]);
      this.focusSoon(first === 'link' ? '[data-kind="add"]' : `[data-field="${first}"]`);
      return;
    }
    this.review = {
      direction: this.direction,
      link,
      amount: checked.amount,
      ira: ira.body,
      at: Date.now(),
    };
    this.placement.reset();
    this.view = 'review';
    // What exists now is never taken for this transfer if its answer is lost.
    this.transfers.refresh();
    this.focusSoon('[data-kind="send"]');
  }

  private send(): void {
    const review = this.review;
    const client = this.client;
    const accountId = this.accountIdNow;
    if (!review || !client || accountId == null || this.placement.busy) return;
    const known = [
      ...this.placedIds,
      ...(this.transfers.data?.items ?? []).flatMap((t) => (t.Id ? [t.Id] : [])),
    ];
    const transfer = {
      ...review.ira,
      AchRelationshipId: review.link.Id,
      IsIncoming: review.direction === 'deposit',
      Amount: review.amount,
    };
    void this.placement.place(transferPlacement(client, accountId, transfer, known));
    this.view = 'placed';
  }

  private transferConfirmed(transfer: TransferResource): void {
    const client = this.client;
    const accountId = this.accountIdNow;
    this.amountText = '';
    if (transfer.Id) this.placedIds.add(transfer.Id);
    this.announcer.announce(this.localized(() => this.outcomeText(transfer)));
    if (!client || accountId == null || !transfer.Id) return;
    client.api.funding.fees(accountId, transfer.Id).then(
      (fees) => (this.fees = fees),
      () => (this.fees = undefined),
    );
  }

  private outcomeText(transfer: TransferResource): string {
    const amount = formatMoney(transfer.Amount, this.effectiveLocale);
    const date = this.settlementText(transfer);
    return transfer.IsDeposit
      ? msg(str`Deposit of ${amount} requested. Expected to settle on ${date}.`)
      : msg(str`Withdrawal of ${amount} requested. Expected to settle on ${date}.`);
  }

  private settlementText(transfer: TransferResource): string {
    const day = transfer.TransferDate ? Date.parse(transfer.TransferDate) : NaN;
    return Number.isFinite(day) ? formatDate(day, this.effectiveLocale, 'UTC') : '—';
  }

  private cancelTransfer(transfer: TransferResource): void {
    const accountId = this.accountIdNow;
    if (accountId == null || !transfer.Id) return;
    const amount = formatMoney(transfer.Amount, this.effectiveLocale);
    void this.mutation.run(
      (client) => client.writes.funding.cancelTransfer(accountId, transfer.Id!),
      {
        target: `transfer:${transfer.Id}`,
        ...this.localized(() => ({
          failure: msg('Could not cancel the transfer.'),
          announce: msg(str`Canceled the transfer of ${amount}.`),
        })),
        focus: '[data-kind="review"]',
      },
    );
  }

  // ---- bank accounts ---------------------------------------------------------------------

  private openAdd(): void {
    this.view = 'add';
    this.bank = { owner: '', routing: '', account: '', type: 'Checking', name: '' };
    this.errors = {};
    this.mutation.clearError();
    this.focusSoon('[data-field="owner"]');
  }

  private checkBank(): Errors {
    return this.localized(() => {
      const errors: Errors = {};
      if (!this.bank.owner.trim()) errors.owner = msg("Enter the account owner's name.");
      errors.routing = routingNumberError(this.bank.routing);
      errors.account = accountNumberError(this.bank.account);
      if (this.bank.name.trim().length > 50)
        errors.name = msg('A nickname has at most 50 characters.');
      return Object.fromEntries(Object.entries(errors).filter(([, v]) => v)) as Errors;
    });
  }

  private async addBank(event: Event): Promise<void> {
    event.preventDefault();
    const accountId = this.accountIdNow;
    if (accountId == null || this.mutation.busy) return;
    this.errors = this.checkBank();
    const first = ['owner', 'routing', 'account', 'name'].find((f) => this.errors[f]);
    if (first) return this.focusSoon(`[data-field="${first}"]`);
    const { owner, routing, account, type, name } = this.bank;
    const ok = await this.mutation.run(
      (client) =>
        client.writes.funding.createLink(accountId, {
          AccountOwnerName: owner.trim(),
          RoutingNumber: routing.trim(),
          AccountNumber: account.trim(),
          BankAccountType: type,
          ...(name.trim() ? { Name: name.trim() } : {}),
        }),
      {
        ...this.localized(() => ({
          failure: msg('Could not link the bank account.'),
          announce: msg('Bank account linked. Two small deposits are on their way to verify it.'),
        })),
        onSuccess: () => this.close(),
        focus: '[data-kind="add"]',
        focusOnError: '[data-kind="save-bank"]',
      },
    );
    if (!ok) this.showServerFieldErrors();
  }

  /** The server's 422 field messages, shown on their fields. */
  private showServerFieldErrors(): void {
    const error = this.mutation.failure?.error;
    if (!isAutoSharesError(error)) return;
    const errors: Errors = { ...this.errors };
    for (const [path, messages] of Object.entries(error.fieldErrors)) {
      const field = SERVER_FIELDS[path.split('.').pop() ?? ''];
      if (field && messages.length) errors[field] = messages.join(' ');
    }
    this.errors = errors;
  }

  private openVerify(link: Link): void {
    this.view = 'verify';
    this.target = link;
    this.deposits = { first: '', second: '' };
    this.errors = {};
    this.mutation.clearError();
    this.focusSoon('[data-field="first"]');
  }

  private async verify(event: Event): Promise<void> {
    event.preventDefault();
    const accountId = this.accountIdNow;
    const link = this.target;
    if (accountId == null || !link?.Id || this.mutation.busy) return;
    const [first, second] = this.localized(() => [
      checkMicroDeposit(this.deposits.first),
      checkMicroDeposit(this.deposits.second),
    ]);
    this.errors = { first: first!.error, second: second!.error };
    if (first!.amount === undefined || second!.amount === undefined)
      return this.focusSoon(`[data-field="${first!.error ? 'first' : 'second'}"]`);
    await this.mutation.run(
      (client) =>
        client.writes.funding.approveLink(accountId, link.Id!, {
          Amount1: first!.amount,
          Amount2: second!.amount,
        }),
      {
        ...this.localized(() => ({
          failure: msg('Could not verify the bank account.'),
          announce: msg(str`Verified ${link.Name ?? maskedNumber(link)}.`),
        })),
        onSuccess: () => this.close(),
        focus: '[data-kind="add"]',
        focusOnError: '[data-field="first"]',
      },
    );
  }

  private setDefault(link: Link): void {
    const accountId = this.accountIdNow;
    if (accountId == null || !link.Id) return;
    void this.mutation.run((client) => client.writes.funding.setDefaultLink(accountId, link.Id!), {
      target: `link:${link.Id}`,
      ...this.localized(() => ({
        failure: msg('Could not make it the default bank account.'),
        announce: msg(str`${link.Name ?? maskedNumber(link)} is now the default bank account.`),
      })),
    });
  }

  private openRemove(link: Link): void {
    this.view = 'remove';
    this.target = link;
    this.mutation.clearError();
    this.focusSoon('[data-kind="confirm-remove"]');
  }

  private removeLink(): void {
    const accountId = this.accountIdNow;
    const link = this.target;
    if (accountId == null || !link?.Id) return;
    void this.mutation.run(
      (client) => client.writes.funding.deleteLink(accountId, link.Id!, 'Removed by the customer'),
      {
        ...this.localized(() => ({
          failure: msg('Could not remove the bank account.'),
          announce: msg(str`Removed ${link.Name ?? maskedNumber(link)}.`),
        })),
        onSuccess: () => this.close(),
        focus: '[data-kind="add"]',
      },
    );
  }

  // ---- rendering ---------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const session = this.session;
    const accountId = this.account.accountId(session);
    const state = this.renderState({
      sources: [
        ...this.account.sources,
        ...(accountId != null ? [this.links, this.transfers, this.balance] : []),
      ],
      empty: accountId == null,
      emptyMessage: msg('No account to fund.'),
      loadingLabel: msg('Loading funding'),
    });
    if (state) return html`${state}${this.announcer.render()}`;
    return html`${this.renderStale(false) ?? nothing}
      <h2 class="as-visually-hidden">${msg('Funding')}</h2>
      ${this.renderCash()} ${this.renderMain()} ${this.renderLinks()} ${this.renderTransfers()}
      ${this.announcer.render()}`;
  }

  private renderMain(): TemplateResult {
    switch (this.view) {
      case 'add':
        return this.renderAddForm();
      case 'verify':
        return this.target ? this.renderVerify(this.target) : this.renderTransferForm();
      case 'remove':
        return this.target ? this.renderRemove(this.target) : this.renderTransferForm();
      case 'review':
        return this.review ? this.renderReview(this.review) : this.renderTransferForm();
      case 'placed':
        return this.review ? this.renderOutcome(this.review) : this.renderTransferForm();
      default:
        return this.renderTransferForm();
    }
  }

  private renderCash(): TemplateResult {
    const b = this.balance.data;
    const locale = this.effectiveLocale;
    return html`<dl class="cash">
      <div>
        <dt>${msg('Cash')}</dt>
        <dd data-figure="cash">${formatMoney(b?.cash, locale)}</dd>
      </div>
      <div>
        <dt>${msg('Withdrawable cash')}</dt>
        <dd data-figure="withdrawable">${formatMoney(b?.netCash, locale)}</dd>
      </div>
      <div>
        <dt>${msg('Pending')}</dt>
        <dd data-figure="pending">${formatMoney(b?.pendingCash, locale)}</dd>
      </div>
    </dl>`;
  }

  private fieldError(field: string): TemplateResult | typeof nothing {
    const message = this.errors[field];
    return message
      ? html`<p class="field-error" id="${this.ids}-${field}-error" part="error">${message}</p>`
      : nothing;
  }

  private input(
    field: string,
    label: string,
    value: string,
    onInput: (value: string) => void,
    extra: { inputmode?: string; autocomplete?: string } = {},
  ): TemplateResult {
    const invalid = !!this.errors[field];
    return html`<div class="field">
      <label class="as-label" for="${this.ids}-${field}">${label}</label>
      <input
        id="${this.ids}-${field}"
        class="as-input"
        part="input"
        data-field=${field}
        type="text"
        inputmode=${ifDefined(extra.inputmode)}
        autocomplete=${extra.autocomplete ?? 'off'}
        .value=${value}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${ifDefined(invalid ? `${this.ids}-${field}-error` : undefined)}
        @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
      />
      ${this.fieldError(field)}
    </div>`;
  }

  private formFailure(): TemplateResult | typeof nothing {
    const text =
      this.mutation.failure && !this.mutation.failure.target
        ? this.mutation.message(errorMessage)
        : undefined;
    return text ? html`<p class="form-error wide" role="alert">${text}</p>` : nothing;
  }

  private renderTransferForm(): TemplateResult {
    const links = this.approvedLinks;
    const chosen = this.chosenLink();
    const deposit = this.direction === 'deposit';
    return html`<form
      class="form"
      part="form"
      novalidate
      aria-label=${msg('Move money')}
      @submit=${this.openReview}
    >
      <div class="wide direction" role="group" aria-label=${msg('Direction')}>
        ${button({
          label: msg('Deposit'),
          pressed: deposit,
          data: { direction: 'deposit' },
          onClick: () => this.turn('deposit'),
        })}
        ${button({
          label: msg('Withdraw'),
          pressed: !deposit,
          data: { direction: 'withdraw' },
          onClick: () => this.turn('withdraw'),
        })}
      </div>
      <div class="field">
        <label class="as-label" for="${this.ids}-link"
          >${deposit ? msg('From bank account') : msg('To bank account')}</label
        >
        <select
          id="${this.ids}-link"
          class="as-select"
          part="select"
          data-field="link"
          ?disabled=${links.length === 0}
          aria-invalid=${this.errors.link ? 'true' : 'false'}
          aria-describedby=${ifDefined(this.errors.link ? `${this.ids}-link-error` : undefined)}
          @change=${(e: Event) => (this.linkId = (e.target as HTMLSelectElement).value)}
        >
          ${links.length === 0 ? html`<option value="">${msg('No verified bank account')}</option>` : nothing}
          ${links.map(
            (l) =>
              html`<option value=${l.Id ?? ''} ?selected=${l === chosen}>
                ${l.Name ?? ''} ${maskedNumber(l)}
              </option>`,
          )}
        </select>
        ${this.fieldError('link')}
      </div>
      ${this.input('amount', msg('Amount'), this.amountText, (v) => (this.amountText = v), {
        inputmode: 'decimal',
      })}
      ${this.renderIraQuestions()}
      <div class="actions wide">
        ${button({
          label: deposit ? msg('Review deposit') : msg('Review withdrawal'),
          variant: 'primary',
          type: 'submit',
          data: { kind: 'review' },
        })}
        ${button({ label: msg('Add bank account'), data: { kind: 'add' }, onClick: () => this.openAdd() })}
      </div>
    </form>`;
  }

  private select(
    field: keyof IraAnswers,
    label: string,
    options: readonly { value: string; label: string }[],
    placeholder?: string,
  ): TemplateResult {
    const invalid = !!this.errors[field];
    return html`<div class="field">
      <label class="as-label" for="${this.ids}-${field}">${label}</label>
      <select
        id="${this.ids}-${field}"
        class="as-select"
        part="select"
        data-field=${field}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${ifDefined(invalid ? `${this.ids}-${field}-error` : undefined)}
        @change=${(e: Event) =>
          (this.ira = { ...this.ira, [field]: (e.target as HTMLSelectElement).value })}
      >
        ${placeholder !== undefined ? html`<option value="" ?selected=${!this.ira[field]}>${placeholder}</option>` : nothing}
        ${options.map(
          (o) =>
            html`<option value=${o.value} ?selected=${this.ira[field] === o.value}>
              ${o.label}
            </option>`,
        )}
      </select>
      ${this.fieldError(field)}
    </div>`;
  }

  /** A retirement account's questions for the chosen direction (nothing for other accounts). */
  private renderIraQuestions(): TemplateResult | typeof nothing {
    const rules = this.iraRules.data;
    if (!rules?.IsRetirementAccount) return nothing;
    if (this.direction === 'deposit') {
      const types = (rules.ContributionConstraints?.ValidContributions ?? [])
        .map((c) => c.Reason ?? '')
        .filter((r) => r);
      const years = contributionYears(rules, this.ira.contribution);
      return html`${this.select(
        'contribution',
        msg('Type of contribution'),
        types.map((t) => ({ value: t, label: contributionLabel(t) })),
        msg('Choose…'),
      )}
      ${this.select(
        'year',
        msg('Tax year'),
        years.map((y) => ({ value: String(y), label: String(y) })),
      )}`;
    }
    const reasons = Object.keys(rules.DistributionConstraints?.ValidDistributionReasons ?? {});
    return this.select(
      'reason',
      msg('Reason for the withdrawal'),
      reasons.map((r) => ({ value: r, label: reasonLabel(r) })),
      msg('Choose…'),
    );
  }

  /** The review's line for a retirement account's answers, if any. */
  private renderIraReview(review: TransferDraft): TemplateResult | typeof nothing {
    const c = review.ira.IraContribution;
    if (c?.Type)
      return html`<div>
        <dt>${msg('Type of contribution')}</dt>
        <dd>${contributionLabel(c.Type)} (${c.ContributionYear})</dd>
      </div>`;
    const d = review.ira.IraDistribution;
    if (d?.Reason)
      return html`<div>
        <dt>${msg('Reason for the withdrawal')}</dt>
        <dd>${reasonLabel(d.Reason)}</dd>
      </div>`;
    return nothing;
  }

  private renderReview(review: TransferDraft): TemplateResult {
    const locale = this.effectiveLocale;
    const amount = formatMoney(review.amount, locale);
    const deposit = review.direction === 'deposit';
    const settles = formatDate(expectedSettlement(review.at), locale, 'UTC');
    const bank = `${review.link.Name ?? ''} ${maskedNumber(review.link)}`.trim();
    return html`<div
      class="review"
      part="review"
      role="group"
      aria-label=${deposit ? msg('Review deposit') : msg('Review withdrawal')}
      @keydown=${this.onEscape}
    >
      <dl>
        <div>
          <dt>${deposit ? msg('Deposit') : msg('Withdraw')}</dt>
          <dd data-figure="amount">${amount}</dd>
        </div>
        <div>
          <dt>${deposit ? msg('From') : msg('To')}</dt>
          <dd>${bank}</dd>
        </div>
        <div>
          <dt>${msg('Fee')}</dt>
          <dd data-figure="fee">${msg('None (ACH transfers are free)')}</dd>
        </div>
        <div>
          <dt>${msg('Expected settlement')}</dt>
          <dd data-figure="settlement">${msg(str`About ${settles}`)}</dd>
        </div>
        ${this.renderIraReview(review)}
      </dl>
      ${
        deposit
          ? html`<p class="note">
              ${msg('Deposited money can be withdrawn two business days after it settles.')}
            </p>`
          : nothing
      }
      <div class="actions">
        ${button({
          label: deposit ? msg(str`Deposit ${amount}`) : msg(str`Withdraw ${amount}`),
          variant: 'primary',
          data: { kind: 'send' },
          onClick: () => this.send(),
        })}
        ${button({ label: msg('Back'), onClick: () => this.close('[data-kind="review"]') })}
      </div>
    </div>`;
  }

  private renderOutcome(review: TransferDraft): TemplateResult {
    const s = this.placement.state;
    const deposit = review.direction === 'deposit';
    const done = button({
      label: msg('Done'),
      data: { kind: 'done' },
      onClick: () => {
        this.placement.reset();
        this.close('[data-kind="review"]');
      },
    });
    let body: TemplateResult;
    switch (s.kind) {
      case 'placing':
      case 'idle':
        body = html`<p>
          ${deposit ? msg('Sending your deposit…') : msg('Sending your withdrawal…')}
        </p>`;
        break;
      case 'unconfirmed':
        body = html`<p>
          ${
            deposit
              ? msg('No answer yet: checking whether your deposit arrived…')
              : msg('No answer yet: checking whether your withdrawal arrived…')
          }
        </p>`;
        break;
      case 'confirmed': {
        const fees = this.fees ?? [];
        const total = fees.reduce((sum, f) => sum + (f.CustomerDebitAmount ?? 0), 0);
        body = html`<p data-outcome="confirmed">${this.outcomeText(s.result)}</p>
          ${
            s.result.ExternalId
              ? html`<p>${msg(str`Reference: ${s.result.ExternalId}`)}</p>`
              : nothing
          }
          ${
            this.fees
              ? html`<p data-figure="fees">
                  ${
                    fees.length
                      ? msg(str`Fees: ${formatMoney(total, this.effectiveLocale)}`)
                      : msg('Fees: none')
                  }
                </p>`
              : nothing
          }
          ${done}`;
        break;
      }
      case 'absent':
        body = html`<p data-outcome="absent">
            ${
              deposit
                ? msg('Your deposit was not received: nothing was moved.')
                : msg('Your withdrawal was not received: nothing was moved.')
            }
          </p>
          ${button({
            label: msg('Try again'),
            variant: 'primary',
            data: { kind: 'retry' },
            onClick: () => void this.placement.retry(),
          })}
          ${done}`;
        break;
      case 'unknown':
        body = html`<p data-outcome="unknown">
            ${
              deposit
                ? msg(
                    'Could not check whether your deposit arrived. Check again before sending it again.',
                  )
                : msg(
                    'Could not check whether your withdrawal arrived. Check again before sending it again.',
                  )
            }
          </p>
          ${button({
            label: msg('Check again'),
            data: { kind: 'check' },
            onClick: () => void this.placement.checkAgain(),
          })}`;
        break;
      case 'rejected':
        body = html`<p data-outcome="rejected" role="alert">
            ${deposit ? msg('The deposit was not accepted.') : msg('The withdrawal was not accepted.')}
            ${errorMessage(s.error)}
          </p>
          ${done}`;
        break;
    }
    return html`<div class="outcome" part="outcome" role="status" data-state=${s.kind}>
      ${body}
    </div>`;
  }

  private renderAddForm(): TemplateResult {
    const b = this.bank;
    const edit = (key: keyof typeof b) => (value: string) =>
      (this.bank = { ...this.bank, [key]: value });
    return html`<form
      class="form"
      part="form"
      novalidate
      aria-label=${msg('Add bank account')}
      @keydown=${this.onEscape}
      @submit=${this.addBank}
    >
      ${this.input('owner', msg('Account owner'), b.owner, edit('owner'), { autocomplete: 'name' })}
      ${this.input('routing', msg('Routing number'), b.routing, edit('routing'), { inputmode: 'numeric' })}
      ${this.input('account', msg('Account number'), b.account, edit('account'), { inputmode: 'numeric' })}
      <div class="field">
        <label class="as-label" for="${this.ids}-type">${msg('Account type')}</label>
        <select
          id="${this.ids}-type"
          class="as-select"
          part="select"
          data-field="type"
          @change=${(e: Event) => edit('type')((e.target as HTMLSelectElement).value)}
        >
          <option value="Checking" ?selected=${b.type === 'Checking'}>${msg('Checking')}</option>
          <option value="Savings" ?selected=${b.type === 'Savings'}>${msg('Savings')}</option>
        </select>
        ${this.fieldError('type')}
      </div>
      ${this.input('name', msg('Nickname (optional)'), b.name, edit('name'))} ${this.formFailure()}
      <div class="actions wide">
        ${button({
          label: msg('Link bank account'),
          variant: 'primary',
          type: 'submit',
          data: { kind: 'save-bank' },
          disabled: this.mutation.busy,
        })}
        ${button({ label: msg('Cancel'), onClick: () => this.close('[data-kind="add"]') })}
      </div>
    </form>`;
  }

  private renderVerify(link: Link): TemplateResult {
    const d = this.deposits;
    return html`<form
      class="form"
      part="form"
      novalidate
      aria-label=${msg(str`Verify ${link.Name ?? maskedNumber(link)}`)}
      @keydown=${this.onEscape}
      @submit=${this.verify}
    >
      <p class="wide note">
        ${msg('Enter the two small deposits AutoShares sent to this bank account, in dollars.')}
      </p>
      ${this.input('first', msg('First deposit'), d.first, (v) => (this.deposits = { ...this.deposits, first: v }), { inputmode: 'decimal' })}
      ${this.input('second', msg('Second deposit'), d.second, (v) => (this.deposits = { ...this.deposits, second: v }), { inputmode: 'decimal' })}
      ${this.formFailure()}
      <div class="actions wide">
        ${button({
          label: msg('Verify'),
          variant: 'primary',
          type: 'submit',
          data: { kind: 'save-verify' },
          disabled: this.mutation.busy,
        })}
        ${button({ label: msg('Cancel'), onClick: () => this.close('[data-kind="add"]') })}
      </div>
    </form>`;
  }

  private renderRemove(link: Link): TemplateResult {
    const name = `${link.Name ?? ''} ${maskedNumber(link)}`.trim();
    return html`<div
      class="confirm"
      role="group"
      aria-label=${msg('Remove bank account')}
      @keydown=${this.onEscape}
    >
      <p>${msg(str`Remove ${name}? Transfers to and from it will no longer be possible.`)}</p>
      ${button({
        label: msg('Remove bank account'),
        variant: 'danger',
        data: { kind: 'confirm-remove' },
        disabled: this.mutation.busy,
        onClick: () => this.removeLink(),
      })}
      ${button({ label: msg('Cancel'), onClick: () => this.close('[data-kind="add"]') })}
      ${this.formFailure()}
    </div>`;
  }

  private linkStatus(link: Link): string {
    switch (link.Status) {
      case 'Pending':
        return msg('Deposits on their way');
      case 'PendingApproval':
        return msg('Awaiting verification');
      case 'Approved':
        return msg('Verified');
      default:
        return link.Status ?? '';
    }
  }

  private renderLinks(): TemplateResult {
    const links = this.activeLinks;
    const failure = this.mutation.failure?.target?.startsWith('link:')
      ? this.mutation.message(errorMessage)
      : undefined;
    return html`<section class="links" aria-labelledby="${this.ids}-links">
      <h3 id="${this.ids}-links" class="section-title">${msg('Bank accounts')}</h3>
      ${failure ? html`<p class="form-error" role="alert">${failure}</p>` : nothing}
      ${
        links.length === 0
          ? html`<p class="empty">${msg('No bank account linked yet.')}</p>`
          : html`<table class="as-table" part="table">
              <caption class="as-visually-hidden">
                ${msg('Bank accounts')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${msg('Bank account')}</th>
                  <th scope="col"><span class="as-visually-hidden">${msg('Actions')}</span></th>
                </tr>
              </thead>
              <tbody>
                ${repeat(
                  links,
                  (l) => l.Id,
                  (l) => this.renderLinkRow(l),
                )}
              </tbody>
            </table>`
      }
    </section>`;
  }

  private renderLinkRow(l: Link): TemplateResult {
    const name = `${l.Name ?? ''} ${maskedNumber(l)}`.trim();
    const busy = this.mutation.isBusy(`link:${l.Id}`);
    return html`<tr data-link-id=${l.Id ?? ''} data-link-status=${l.Status ?? ''}>
      <th scope="row">
        ${l.Name ?? ''} <span class="number">${maskedNumber(l)}</span>
        ${l.Default ? html`<span class="as-badge">${msg('Default')}</span>` : nothing}
        <span class="sub" data-col="status">${this.linkStatus(l)}</span>
      </th>
      <td class="actions">
        <div class="buttons">
          ${
            l.Status === 'Pending' || l.Status === 'PendingApproval'
              ? button({
                  label: msg('Verify'),
                  ariaLabel: msg(str`Verify ${name}`),
                  data: { kind: 'verify', link: l.Id },
                  onClick: () => this.openVerify(l),
                })
              : nothing
          }
          ${
            l.Status === 'Approved' && !l.Default
              ? button({
                  label: msg('Make default'),
                  ariaLabel: msg(str`Make ${name} the default`),
                  data: { kind: 'default', link: l.Id },
                  disabled: busy,
                  onClick: () => this.setDefault(l),
                })
              : nothing
          }
          ${button({
            label: msg('Remove'),
            variant: 'danger',
            ariaLabel: msg(str`Remove ${name}`),
            data: { kind: 'remove', link: l.Id },
            disabled: busy,
            onClick: () => this.openRemove(l),
          })}
        </div>
      </td>
    </tr>`;
  }

  private renderTransfers(): TemplateResult {
    const items = this.transfers.data?.items ?? [];
    const pending = items.filter(isPending);
    const locale = this.effectiveLocale;
    const failure = this.mutation.failure?.target?.startsWith('transfer:')
      ? this.mutation.message(errorMessage)
      : undefined;
    return html`<section class="transfers" aria-labelledby="${this.ids}-pending">
      <h3 id="${this.ids}-pending" class="section-title">${msg('Pending transfers')}</h3>
      ${failure ? html`<p class="form-error" role="alert">${failure}</p>` : nothing}
      ${
        pending.length === 0
          ? html`<p class="empty">${msg('No pending transfers.')}</p>`
          : html`<table class="as-table" part="table">
              <caption class="as-visually-hidden">
                ${msg('Pending transfers')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${msg('Transfer')}</th>
                  <th scope="col" class="num">${msg('Amount')}</th>
                  <th scope="col"><span class="as-visually-hidden">${msg('Actions')}</span></th>
                </tr>
              </thead>
              <tbody>
                ${repeat(
                  pending,
                  (t) => t.Id,
                  (t) => {
                    const amount = formatMoney(t.Amount, locale);
                    const kind = t.IsDeposit ? msg('Deposit') : msg('Withdrawal');
                    return html`<tr data-transfer-id=${t.Id ?? ''}>
                      <th scope="row">
                        ${kind} <span class="number">${t.ExternalId ?? ''}</span>
                        <span class="sub" data-col="settlement"
                          >${msg(str`Expected to settle on ${this.settlementText(t)}`)}</span
                        >
                      </th>
                      <td class="num" data-col="amount">${amount}</td>
                      <td class="actions">
                        ${button({
                          label: msg('Cancel'),
                          ariaLabel: t.IsDeposit
                            ? msg(str`Cancel the deposit of ${amount}`)
                            : msg(str`Cancel the withdrawal of ${amount}`),
                          data: { kind: 'cancel-transfer', transfer: t.Id },
                          disabled: this.mutation.isBusy(`transfer:${t.Id}`),
                          onClick: () => this.cancelTransfer(t),
                        })}
                      </td>
                    </tr>`;
                  },
                )}
              </tbody>
            </table>`
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'as-funding': AutoSharesFunding;
  }
}
