import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { QuoteController } from '../../../controllers/quote-controller.ts';
import type { SessionHost } from '../../../controllers/query-controller.ts';
import { withLocale } from '../../../locale/msg.ts';
import { netPrice, type LegSide, type StrategyLeg } from '../../../options/strategies.ts';
import type { TicketFlow } from '../ticket-flow.ts';
import {
  checkSpread,
  SPREAD_FIELDS,
  spreadDraft,
  type SpreadDraft,
  type SpreadErrors,
} from './spread-draft.ts';
import { renderSpreadForm } from './spread-view.ts';

export interface SpreadTicketHost extends SessionHost, ReactiveControllerHost {
  readonly effectiveLocale: string | undefined;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the spread form needs of its ticket. */
export interface SpreadTicketDeps {
  /** Prefix of the ticket's element ids. */
  ids: string;
  /** The ticket's review and placement (one flow for every order kind). */
  flow: TicketFlow;
  accountId(): number | null;
  /** Writing options (sell to open) is allowed on this account. */
  canShort(): boolean;
  /** Why this account cannot place orders at all, if it cannot. */
  blocker(): string | undefined;
  /** The server's preview is shown. */
  reviewed(): void;
}

/**
 * The ticket's multi-leg side: the spread handed to it (`start`), its form and live net price,
 * the checks, and the review through the ticket's own `TicketFlow` (so placement, the
 * no-double-submit guarantee and the unclear-outcome look-up are the single order's).
 */
export class SpreadTicket {
  /** The spread form's values; undefined when the ticket trades one security. */
  draft: SpreadDraft | undefined;
  errors: SpreadErrors = {};
  /** Set once errors have been shown, so they update while the user types. */
  #validating = false;

  /** The legs' live quotes (the form re-renders on each tick, for the net price). */
  readonly #quotes: QuoteController;

  constructor(
    private readonly host: SpreadTicketHost,
    private readonly deps: SpreadTicketDeps,
  ) {
    this.#quotes = new QuoteController(host, () => this.draft?.legs.map((l) => l.securityId) ?? []);
  }

  /** Whether the ticket trades a spread. */
  get active(): boolean {
    return this.draft !== undefined;
  }

  /** The net price of one spread now, when every leg is quoted. */
  get net(): number | undefined {
    return this.draft
      ? netPrice(this.draft.legs, (l) => this.#quotes.get(l.securityId))
      : undefined;
  }

  /** Trade these legs (a new form: one spread, Limit at `net` when known). */
  start(legs: readonly StrategyLeg[], net: number | undefined): void {
    this.draft = spreadDraft(legs, net);
    this.renew();
  }

  /** Back to trading one security. */
  clear(): void {
    this.draft = undefined;
    this.renew();
  }

  /** A new order of the same spread: messages cleared. */
  renew(): void {
    this.errors = {};
    this.#validating = false;
    this.host.requestUpdate();
  }

  #check() {
    const locale = this.host.effectiveLocale;
    return withLocale(locale, () =>
      checkSpread(this.draft!, { canShort: this.deps.canShort(), locale }),
    );
  }

  #edit(patch: Partial<SpreadDraft>): void {
    if (!this.draft) return;
    this.draft = { ...this.draft, ...patch };
    const flow = this.deps.flow;
    if (flow.step === 'editing' && flow.error) flow.edit(); // clears the message
    if (this.#validating) this.errors = this.#check().errors;
    this.host.requestUpdate();
  }

  #setSide(index: number, side: LegSide): void {
    const legs = this.draft?.legs.map((leg, i) => (i === index ? { ...leg, side } : leg));
    if (legs) this.#edit({ legs });
  }

  async #review(event?: Event): Promise<void> {
    event?.preventDefault();
    const flow = this.deps.flow;
    if (!this.draft || flow.step !== 'editing' || this.deps.blocker()) return;
    this.#validating = true;
    const { errors, order } = this.#check();
    this.errors = errors;
    this.host.requestUpdate();
    const accountId = this.deps.accountId();
    if (!order || accountId == null) {
      await this.host.updateComplete;
      const first = SPREAD_FIELDS.find((f) => errors[f]);
      const target = first === 'legs' ? '[data-leg-side]' : `[data-field="${first}"]`;
      if (first) this.host.renderRoot.querySelector<HTMLElement>(target)?.focus();
      return;
    }
    if (await flow.review(accountId, order)) this.deps.reviewed();
  }

  /** The spread form (the ticket shows it while editing a spread). */
  render(): TemplateResult {
    const draft = this.draft!;
    return renderSpreadForm({
      ids: this.deps.ids,
      draft,
      errors: this.errors,
      quotes: draft.legs.map((l) => this.#quotes.get(l.securityId)),
      net: this.net,
      checking: this.deps.flow.step === 'previewing',
      blocker: this.deps.blocker(),
      error: this.deps.flow.error,
      locale: this.host.effectiveLocale,
      edit: (patch) => this.#edit(patch),
      setSide: (index, side) => this.#setSide(index, side),
      submit: (event) => void this.#review(event),
      single: () => this.clear(),
    });
  }
}
