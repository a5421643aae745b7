import type { AgreementItemResource, AgreementType } from '@autoshares/client';
import { agreementsQuery } from '@autoshares/client';
import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Session } from '../../session/session.ts';
import { AutoSharesElement } from '../../base/base-element.ts';
import { errorMessage } from '../../base/view-states.ts';
import { button } from '../../components/button/button.ts';
import { AnnouncerController } from '../../controllers/announcer-controller.ts';
import { MutationController } from '../../controllers/mutation-controller.ts';
import { QueryController } from '../../controllers/query-controller.ts';
import { msg, str } from '../../locale/msg.ts';
import { agreementName, agreementPurpose, isMarketData } from './agreement-names.ts';
import { agreementsStyles } from './agreements.styles.ts';

/**
 * The agreements the user has not signed (`/users/@me/agreements`), each signed only on the
 * user's explicit consent: tick "I agree", then Sign (one request per press; nothing is ever
 * signed by itself). Signing a market-data agreement turns every widget's delayed quotes real
 * time, without a reload. Behaviour: `docs/elements/agreements.md`.
 *
 * @summary Unsigned agreements, signed with the user's consent.
 * @tag as-agreements
 * @event {AuthRequiredEvent} as-auth-required - (from the session) no valid token.
 * @csspart list - The list of unsigned agreements.
 * @csspart agreement - One agreement.
 * @csspart name - An agreement's name.
 * @csspart optional - The "Optional" badge of an agreement the user may skip.
 * @csspart consent - The "I agree" checkbox.
 * @csspart button - Every button; the Sign buttons also `sign-button`.
 * @csspart error - Why signing did not happen.
 * @csspart state - The loading / empty / error / signed-out block.
 * @csspart stale - The "Could not refresh" badge over older data.
 */
export class AutoSharesAgreements extends AutoSharesElement {
  static override styles = [...AutoSharesElement.styles, agreementsStyles];

  /** The agreements whose "I agree" box is ticked. */
  @state() private consent = new Set<string>();
  /** Signed here: hidden at once, before the list is refetched. */
  @state() private signed = new Set<string>();

  private readonly ids = `as-ag-${Math.random().toString(36).slice(2, 8)}`;

  readonly #agreements = new QueryController<AgreementItemResource[]>(this, (session) =>
    agreementsQuery(session.client),
  );

  readonly #announcer = new AnnouncerController(this, 1500);

  /** Signs: busy per agreement, the failure shown, the announcement, focus afterwards. */
  readonly #mutation = new MutationController(this, this.#announcer);

  protected override sessionChanged(previous: Session | undefined): void {
    if (previous?.client !== this.session?.client) {
      this.consent = new Set();
      this.signed = new Set();
      this.#mutation.clearError();
      this.#announcer.clear();
    }
  }

  /** The unsigned agreements still to show. */
  get #waiting(): AgreementItemResource[] {
    return (this.#agreements.data ?? []).filter(
      (item) => item.Type !== undefined && !this.signed.has(item.Type),
    );
  }

  #setConsent(type: string, agreed: boolean): void {
    const next = new Set(this.consent);
    if (agreed) next.add(type);
    else next.delete(type);
    this.consent = next;
    if (agreed && this.#mutation.failure?.target === type) this.#mutation.clearError();
  }

  /** Signs `type` if the user ticked "I agree"; one request per press, none while one is under way. */
  #sign(type: AgreementType): void {
    if (this.#mutation.isBusy(type)) return;
    const name = agreementName(type);
    if (!this.consent.has(type)) {
      this.#mutation.fail(msg(str`Tick "I agree" to sign the ${name}.`), type);
      void this.updateComplete.then(() => this.#checkbox(type)?.focus());
      return;
    }
    void this.#mutation.run((client) => client.writes.agreements.sign(type), {
      target: type,
      failure: msg(str`Could not sign the ${name}.`),
      announce: isMarketData(type)
        ? msg(str`Signed the ${name}. Quotes are real time now.`)
        : msg(str`Signed the ${name}.`),
      onSuccess: () => {
        this.signed = new Set(this.signed).add(type);
        const consent = new Set(this.consent);
        consent.delete(type);
        this.consent = consent;
      },
      focus: () =>
        this.renderRoot.querySelector<HTMLElement>('input[type="checkbox"]') ??
        this.renderRoot.querySelector<HTMLElement>('[part~="state"]'),
      focusOnError: () => this.#signButton(type),
    });
  }

  #checkbox(type: string): HTMLInputElement | null {
    return this.renderRoot.querySelector(`input[data-type="${CSS.escape(type)}"]`);
  }

  #signButton(type: string): HTMLElement | null {
    return this.renderRoot.querySelector(`button[data-type="${CSS.escape(type)}"]`);
  }

  protected override render(): TemplateResult {
    const waiting = this.#waiting;
    const state = this.renderState({
      sources: [this.#agreements],
      empty: waiting.length === 0,
      emptyMessage: msg('All agreements are signed.'),
      loadingLabel: msg('Loading agreements'),
    });
    // A failure about an agreement no longer listed (signed elsewhere meanwhile) shows here.
    const listed = (type: string | undefined) => waiting.some((item) => item.Type === type);
    const failure = this.#mutation.failure;
    const unlisted =
      failure && !listed(failure.target) ? this.#renderFailure(failure.target) : nothing;
    if (state) return html`${state}${unlisted}${this.#announcer.render()}`;
    return html`${this.renderStale(false) ?? nothing}
      <ul class="list" part="list" aria-label=${msg('Agreements to sign')}>
        ${repeat(
          waiting,
          (item) => item.Type,
          (item) => this.#renderAgreement(item),
        )}
      </ul>
      ${unlisted} ${this.#announcer.render()}`;
  }

  #renderAgreement(item: AgreementItemResource): TemplateResult {
    const type = item.Type!;
    const name = agreementName(type);
    const id = `${this.ids}-${type}`;
    const busy = this.#mutation.isBusy(type);
    return html`<li class="agreement" part="agreement" data-type=${type}>
      <h3 class="name" part="name" id="${id}-name">
        ${name}
        ${
          item.CanSkip
            ? html`<span class="as-badge" part="optional">${msg('Optional')}</span>`
            : nothing
        }
      </h3>
      <p class="purpose" id="${id}-purpose">${agreementPurpose(type)}</p>
      <div class="actions">
        <span class="consent">
          <input
            id="${id}-consent"
            type="checkbox"
            part="consent"
            data-type=${type}
            aria-describedby="${id}-purpose"
            .checked=${this.consent.has(type)}
            ?disabled=${busy}
            @change=${(e: Event) => this.#setConsent(type, (e.target as HTMLInputElement).checked)}
          />
          <label for="${id}-consent">${msg(str`I agree to the ${name}.`)}</label>
        </span>
        ${button({
          label: busy ? msg('Signing…') : msg('Sign'),
          variant: 'primary',
          part: 'button sign-button',
          // busy: the visible "Signing…" names it (the agreement is the list item's)
          ariaLabel: busy ? undefined : msg(str`Sign the ${name}`),
          busy,
          data: { type },
          onClick: () => this.#sign(type),
        })}
      </div>
      ${this.#mutation.failure?.target === type ? this.#renderFailure(type) : nothing}
    </li>`;
  }

  /** Why signing `target` did not happen. */
  #renderFailure(target: string | undefined): TemplateResult {
    return html`<p class="error" part="error" role="alert" data-type=${target ?? ''}>
      ${this.#mutation.message(errorMessage)}
    </p>`;
  }
}
