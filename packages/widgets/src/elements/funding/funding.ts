import type { AllowedIraConstraintsResource, Page, TransferResource } from '@autoshares/client';
import { bankLinksQuery, iraConstraintsQuery, transfersQuery } from '@autoshares/client';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Session } from '../../session/session.ts';
import { AutoSharesElement } from '../../base/base-element.ts';
import { errorMessage } from '../../base/view-states.ts';
import { AccountResolver } from '../../controllers/account-resolver.ts';
import { AnnouncerController } from '../../controllers/announcer-controller.ts';
import { LiveCashController } from '../../controllers/live-cash-controller.ts';
import { MutationController } from '../../controllers/mutation-controller.ts';
import { QueryController } from '../../controllers/query-controller.ts';
import { formatMoney } from '../../format/format.ts';
import { msg, str } from '../../locale/msg.ts';
import { inputStyles } from '../../theme/input-styles.ts';
import { tableStyles } from '../../theme/table-styles.ts';
import {
  renderAddBank,
  renderRemoveBank,
  renderRenameBank,
  renderVerifyBank,
  type BankFormView,
  type DepositsDraft,
} from './bank-forms-view.ts';
import { activeLinks, approvedLinks, type Link } from './bank-link.ts';
import { BankLinkActions } from './bank-link-actions.ts';
import { renderBankLinks } from './bank-links-view.ts';
import { renderCash } from './cash-view.ts';
import type { FieldErrors } from './form-fields.ts';
import { fundingStyles } from './funding.styles.ts';
import {
  bankErrors,
  blankBank,
  checkMicroDeposit,
  nicknameError,
  type BankDraft,
} from './funding-validation.ts';
import { NO_IRA_ANSWERS, type IraAnswers } from './ira-questions.ts';
import {
  blankCheck,
  blankWire,
  type CheckDraft,
  type Mechanism,
  type WireDraft,
} from './payout-methods.ts';
import { renderPendingTransfers } from './pending-transfers-view.ts';
import { serverFieldErrors } from './server-field-errors.ts';
import { checkTransfer, transferFields } from './transfer-check.ts';
import { TransferFlow, type Direction } from './transfer-flow.ts';
import { renderTransferForm } from './transfer-form-view.ts';
import { renderTransferOutcome } from './transfer-outcome-view.ts';
import { renderTransferReview } from './transfer-review-view.ts';
import { outcomeText } from './transfer-text.ts';

export { maskedNumber } from './bank-link.ts';

type View = 'main' | 'add' | 'verify' | 'rename' | 'remove' | 'review' | 'placed';

/** The add-bank form's fields, in the order they show. */
const BANK_FIELDS = ['owner', 'routing', 'account', 'type', 'name'] as const;

/**
 * Moves money between a linked bank account and the brokerage account: linked bank accounts
 * (add with validation, verify micro-deposits, set default, rename, remove), ACH deposits and
 * withdrawals, wire and check withdrawals, each with a review step (fees, expected settlement),
 * pending transfers with Cancel. A refusal of the server's on a field is shown next to it.
 * A confirmed transfer is sent at most once whatever the network does. Behaviour:
 * `docs/elements/funding.md`.
 *
 * @summary Linked bank accounts, deposits and withdrawals (ACH, wire, check), pending transfers.
 * @tag as-funding
 * @event {AuthRequiredEvent} as-auth-required - (from the session) no valid token.
 * @csspart table - The bank accounts and transfers tables.
 * @csspart form - The transfer, add-bank, verify and rename forms.
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
  @state() private errors: FieldErrors = {};
  /** The link being verified, renamed or removed. */
  @state() private target: Link | undefined;
  @state() private bank: BankDraft = blankBank();
  @state() private deposits: DepositsDraft = { first: '', second: '' };
  @state() private nickname = '';
  @state() private ira: IraAnswers = NO_IRA_ANSWERS;
  /** How a withdrawal is paid out (a deposit is always ACH). */
  @state() private mechanism: Mechanism = 'ACH';
  @state() private wire: WireDraft = blankWire();
  @state() private check: CheckDraft = blankCheck();
  /** The transfer the server refused on the form's fields, until the next review. */
  @state() private refused: Direction | undefined;

  private readonly ids = `as-fund-${Math.random().toString(36).slice(2, 8)}`;
  readonly #account = new AccountResolver(this);

  readonly #links = new QueryController<Page<Link>>(this, (session) => {
    const id = this.#account.accountId(session);
    return id == null ? null : bankLinksQuery(session.client, id);
  });
  readonly #transfers = new QueryController<Page<TransferResource>>(this, (session) => {
    const id = this.#account.accountId(session);
    return id == null ? null : transfersQuery(session.client, id);
  });
  /** The live cash figures; the transfers refetch when the cash moves (one settled, say). */
  private readonly cash = new LiveCashController(
    this,
    (session) => this.#account.accountId(session),
    () => this.#transfers.refresh(),
  );
  /** What a retirement account asks of a transfer in the chosen direction. */
  private readonly iraRules = new QueryController<AllowedIraConstraintsResource>(
    this,
    (session) => {
      const id = this.#account.accountId(session);
      return id == null
        ? null
        : iraConstraintsQuery(session.client, id, this.#mechanismNow, this.direction === 'deposit');
    },
  );

  readonly #announcer = new AnnouncerController(this, 1500);
  readonly #mutation = new MutationController(this, this.#announcer);
  readonly #bankActions = new BankLinkActions(this.#mutation, {
    accountId: () => this.#accountIdNow,
    localized: (fn) => this.localized(fn),
    done: () => this.#close(),
  });
  /** The reviewed transfer, sent at most once. */
  readonly #flow = new TransferFlow({
    client: () => this.client,
    accountId: () => this.#accountIdNow,
    knownTransfers: () => this.#transfers.data?.items ?? [],
    timing: () => ({ placeTimeoutMs: this.placeTimeout, windowMs: this.confirmWindow }),
    onChange: () => {
      this.#showRefusalOnFields();
      this.requestUpdate();
    },
    onConfirmed: (transfer) => {
      this.amountText = '';
      this.#announcer.announce(this.localized(() => outcomeText(transfer, this.effectiveLocale)));
    },
  });

  protected override sessionChanged(previous: Session | undefined): void {
    if (previous?.client !== this.session?.client) {
      this.cash.forget();
      this.#flow.reset();
      this.#close();
    }
  }

  /** The mechanism of the transfer being prepared. */
  get #mechanismNow(): Mechanism {
    return this.direction === 'deposit' ? 'ACH' : this.mechanism;
  }

  get #accountIdNow(): number | null {
    return this.#account.accountId(this.session);
  }

  #focusSoon(selector: string): void {
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus(),
    );
  }

  /** Focus the first field of `order` that has a message. */
  #focusFirstInvalid(order: readonly string[]): boolean {
    const first = order.find((f) => this.errors[f]);
    if (first) this.#focusSoon(first === 'link' ? '[data-kind="add"]' : `[data-field="${first}"]`);
    return first !== undefined;
  }

  /** Back to the transfer form. */
  #close(focus?: string): void {
    this.view = 'main';
    this.target = undefined;
    this.refused = undefined;
    this.#flow.close();
    this.errors = {};
    this.#mutation.clearError();
    if (focus) this.#focusSoon(focus);
  }

  /** Opens a form (or a confirmation) about a link, or the add-bank form. */
  #open(view: View, target?: Link, focus?: string): void {
    this.view = view;
    this.target = target;
    this.errors = {};
    this.#mutation.clearError();
    if (focus) this.#focusSoon(focus);
  }

  readonly #onEscape = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented || this.#flow.busy) return;
    event.preventDefault();
    this.#close('[data-kind="review"]');
  };

  // ---- transfers ---------------------------------------------------------------------------

  #chosenLink(): Link | undefined {
    const links = approvedLinks(this.#links.data?.items ?? []);
    return links.find((l) => l.Id === this.linkId) ?? links.find((l) => l.Default) ?? links[0];
  }

  /** Deposit or Withdraw chosen: the other direction's answers and messages go. */
  #turn(direction: Direction): void {
    this.direction = direction;
    this.errors = {};
    this.refused = undefined;
    this.ira = NO_IRA_ANSWERS;
  }

  #openReview(event: Event): void {
    event.preventDefault();
    const { draft, errors } = this.localized(() =>
      checkTransfer({
        direction: this.direction,
        mechanism: this.mechanism,
        wire: this.wire,
        check: this.check,
        link: this.#chosenLink(),
        amountText: this.amountText,
        withdrawable: this.cash.balance.data?.netCash,
        rules: this.iraRules.data,
        ira: this.ira,
        locale: this.effectiveLocale,
      }),
    );
    this.errors = errors;
    this.refused = undefined;
    if (!draft) return void this.#focusFirstInvalid(transferFields(this.#mechanismNow));
    this.#flow.open(draft);
    this.view = 'review';
    // What exists now is never taken for this transfer if its answer is lost.
    this.#transfers.refresh();
    this.#focusSoon('[data-kind="send"]');
  }

  #send(): void {
    if (this.#flow.send()) this.view = 'placed';
  }

  /**
   * A transfer the server refused with messages for the form's fields (a 422): back to the form,
   * each message next to its field and focus on the first; nothing was moved.
   */
  #showRefusalOnFields(): void {
    const s = this.#flow.placement.state;
    const draft = this.#flow.draft;
    if (s.kind !== 'rejected' || this.view !== 'placed' || !draft) return;
    const fields = transferFields(draft.mechanism);
    const onFields = serverFieldErrors(s.error, fields);
    if (Object.keys(onFields).length === 0) return;
    this.#flow.placement.reset();
    this.#flow.close();
    this.view = 'main';
    this.errors = onFields;
    this.refused = draft.direction;
    this.#focusFirstInvalid(fields);
  }

  #cancelTransfer(transfer: TransferResource): void {
    const accountId = this.#accountIdNow;
    if (accountId == null || !transfer.Id) return;
    const amount = formatMoney(transfer.Amount, this.effectiveLocale);
    void this.#mutation.run(
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

  async #addBank(event: Event): Promise<void> {
    event.preventDefault();
    if (this.#mutation.busy) return;
    this.errors = this.localized(() => bankErrors(this.bank));
    if (this.#focusFirstInvalid(BANK_FIELDS)) return;
    if (!(await this.#bankActions.create(this.bank))) this.#showServerErrors(BANK_FIELDS);
  }

  /** A refusal's field messages on the form's fields, and focus on the first of them. */
  #showServerErrors(fields: readonly string[]): void {
    const onFields = serverFieldErrors(this.#mutation.failure?.error, fields);
    this.errors = { ...this.errors, ...onFields };
    this.#focusFirstInvalid(fields);
  }

  async #verify(event: Event): Promise<void> {
    event.preventDefault();
    const link = this.target;
    if (!link?.Id || this.#mutation.busy) return;
    const [first, second] = this.localized(() => [
      checkMicroDeposit(this.deposits.first),
      checkMicroDeposit(this.deposits.second),
    ]);
    this.errors = { first: first!.error, second: second!.error };
    if (first!.amount === undefined || second!.amount === undefined)
      return void this.#focusFirstInvalid(['first', 'second']);
    await this.#bankActions.verify(link, { Amount1: first!.amount, Amount2: second!.amount });
  }

  async #rename(event: Event): Promise<void> {
    event.preventDefault();
    const link = this.target;
    if (!link?.Id || this.#mutation.busy) return;
    const error = this.localized(() => nicknameError(this.nickname, true));
    this.errors = { name: error };
    if (this.#focusFirstInvalid(['name'])) return;
    if (!(await this.#bankActions.rename(link, this.nickname))) this.#showServerErrors(['name']);
  }

  // ---- rendering ---------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const accountId = this.#account.accountId(this.session);
    const state = this.renderState({
      sources: [
        ...this.#account.sources,
        ...(accountId != null ? [this.#links, this.#transfers, this.cash.balance] : []),
      ],
      empty: accountId == null,
      emptyMessage: msg('No account to fund.'),
      loadingLabel: msg('Loading funding'),
    });
    if (state) return html`${state}${this.#announcer.render()}`;
    const locale = this.effectiveLocale;
    const rowFailure = (prefix: string) =>
      this.#mutation.failure?.target?.startsWith(prefix)
        ? this.#mutation.message(errorMessage)
        : undefined;
    return html`${this.renderStale(this.cash.stale) ?? nothing}
      <h2 class="as-visually-hidden">${msg('Funding')}</h2>
      ${renderCash(this.cash.balance.data, locale)} ${this.#renderMain()}
      ${renderBankLinks({
        ids: this.ids,
        links: activeLinks(this.#links.data?.items ?? []),
        failure: rowFailure('link:'),
        busy: (l) => this.#mutation.isBusy(BankLinkActions.target(l)),
        verify: (l) => {
          this.deposits = { first: '', second: '' };
          this.#open('verify', l, '[data-field="first"]');
        },
        makeDefault: (l) => void this.#bankActions.makeDefault(l),
        rename: (l) => {
          this.nickname = l.Name ?? '';
          this.#open('rename', l, '[data-field="name"]');
        },
        remove: (l) => this.#open('remove', l, '[data-kind="confirm-remove"]'),
      })}
      ${renderPendingTransfers({
        ids: this.ids,
        transfers: this.#transfers.data?.items ?? [],
        locale,
        failure: rowFailure('transfer:'),
        busy: (t) => this.#mutation.isBusy(`transfer:${t.Id}`),
        cancel: (t) => this.#cancelTransfer(t),
      })}
      ${this.#announcer.render()}`;
  }

  /** What every bank form is given. */
  get #bankForm(): BankFormView {
    const failure =
      this.#mutation.failure && !this.#mutation.failure.target
        ? this.#mutation.message(errorMessage)
        : undefined;
    return {
      ids: this.ids,
      errors: this.errors,
      busy: this.#mutation.busy,
      failure,
      cancel: () => this.#close('[data-kind="add"]'),
      onKeydown: this.#onEscape,
    };
  }

  #renderMain(): TemplateResult {
    const link = this.target;
    const draft = this.#flow.draft;
    switch (this.view) {
      case 'add':
        return renderAddBank({
          ...this.#bankForm,
          draft: this.bank,
          edit: (bank) => (this.bank = bank),
          submit: (e) => void this.#addBank(e),
        });
      case 'verify':
        if (!link) break;
        return renderVerifyBank({
          ...this.#bankForm,
          link,
          draft: this.deposits,
          edit: (deposits) => (this.deposits = deposits),
          submit: (e) => void this.#verify(e),
        });
      case 'rename':
        if (!link) break;
        return renderRenameBank({
          ...this.#bankForm,
          link,
          name: this.nickname,
          edit: (name) => (this.nickname = name),
          submit: (e) => void this.#rename(e),
        });
      case 'remove':
        if (!link) break;
        return renderRemoveBank({
          ...this.#bankForm,
          link,
          confirm: () => void this.#bankActions.remove(link),
        });
      case 'review':
        if (!draft) break;
        return renderTransferReview({
          draft,
          locale: this.effectiveLocale,
          send: () => this.#send(),
          back: () => this.#close('[data-kind="review"]'),
          onKeydown: this.#onEscape,
        });
      case 'placed':
        if (!draft) break;
        return renderTransferOutcome({
          state: this.#flow.placement.state,
          deposit: draft.direction === 'deposit',
          fees: this.#flow.fees,
          locale: this.effectiveLocale,
          done: () => {
            this.#flow.placement.reset();
            this.#close('[data-kind="review"]');
          },
          retry: () => void this.#flow.placement.retry(),
          checkAgain: () => void this.#flow.placement.checkAgain(),
        });
    }
    return this.#renderTransferForm();
  }

  #renderTransferForm(): TemplateResult {
    return renderTransferForm({
      ids: this.ids,
      errors: this.errors,
      direction: this.direction,
      mechanism: this.mechanism,
      wire: this.wire,
      check: this.check,
      links: approvedLinks(this.#links.data?.items ?? []),
      chosen: this.#chosenLink(),
      amount: this.amountText,
      iraRules: this.iraRules.data,
      ira: this.ira,
      refused: this.refused,
      turn: (direction) => this.#turn(direction),
      pickMechanism: (mechanism) => {
        this.mechanism = mechanism;
        this.errors = {};
        this.refused = undefined;
      },
      editWire: (wire) => (this.wire = wire),
      editCheck: (check) => (this.check = check),
      pickLink: (id) => (this.linkId = id),
      editAmount: (text) => (this.amountText = text),
      editIra: (answers) => (this.ira = answers),
      review: (e) => this.#openReview(e),
      addBank: () => {
        this.bank = blankBank();
        this.#open('add', undefined, '[data-field="owner"]');
      },
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'as-funding': AutoSharesFunding;
  }
}
