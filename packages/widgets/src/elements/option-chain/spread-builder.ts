import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { button } from '../../components/button/button.ts';
import { QuoteController } from '../../controllers/quote-controller.ts';
import type { SessionHost } from '../../controllers/query-controller.ts';
import { formatMoney } from '../../format/format.ts';
import { msg, str } from '../../locale/msg.ts';
import type { StrikeRow } from '../../options/chain.ts';
import { describeContract, premiumCost } from '../../options/contract.ts';
import { netPriceText } from '../../options/strategies-describe.ts';
import {
  netPrice,
  presetLabel,
  presetLegs,
  STRATEGY_PRESETS,
  strategyProblemMessage,
  strategyProblems,
  withLeg,
  type StrategyLeg,
  type StrategyPreset,
} from '../../options/strategies.ts';
import { optionSideLabel } from '../../orders/order-words.ts';
import { StrategySelectEvent } from './strategy-select-event.ts';

export interface SpreadBuilderHost extends SessionHost, ReactiveControllerHost, EventTarget {
  readonly effectiveLocale: string | undefined;
}

/** What the builder reads of its chain. */
export interface SpreadBuilderSource {
  /** The strike rows shown. */
  rows(): readonly StrikeRow[];
  /** The underlying's ticker. */
  underlying(): string | undefined;
  /** The underlying's live price (the presets' anchor), when known. */
  price(): number | undefined;
}

/**
 * The chain's Build spread mode: while on, a chosen bid or ask adds a leg (up to four) instead
 * of handing on the contract; legs can be removed or cleared, a preset fills them around the
 * money, the net price follows the legs' quotes, and Trade spread hands the legs on as
 * `as-strategy-select`.
 */
export class SpreadBuilder {
  /** Whether choosing a price adds a leg. */
  on = false;
  legs: readonly StrategyLeg[] = [];
  #preset: StrategyPreset = 'call-debit-vertical';
  /** What the last action could not do ("the strikes shown do not reach"), if anything. */
  #note: string | undefined;
  readonly #quotes: QuoteController;

  constructor(
    private readonly host: SpreadBuilderHost,
    private readonly source: SpreadBuilderSource,
  ) {
    this.#quotes = new QuoteController(host, () =>
      this.on ? this.legs.map((l) => l.securityId) : [],
    );
  }

  #changed(): void {
    this.host.requestUpdate();
  }

  toggle(): void {
    this.on = !this.on;
    this.#note = undefined;
    this.#changed();
  }

  /** Adds `leg` (or gives an existing contract its new side); says so when four are there. */
  add(leg: StrategyLeg): void {
    const next = withLeg(this.legs, leg);
    this.#note = next === this.legs ? strategyProblemMessage('too-many-legs') : undefined;
    this.legs = next;
    this.#changed();
  }

  clear(): void {
    this.legs = [];
    this.#note = undefined;
    this.#changed();
  }

  #remove(index: number): void {
    this.legs = this.legs.filter((_, i) => i !== index);
    this.#note = undefined;
    this.#changed();
  }

  #applyPreset(): void {
    const rows = this.source.rows();
    const anchor = this.source.price() ?? rows[Math.floor(rows.length / 2)]?.strike;
    const legs =
      anchor === undefined
        ? undefined
        : presetLegs(this.#preset, rows, anchor, this.source.underlying() ?? '');
    this.#note = legs
      ? undefined
      : msg('The strikes shown do not reach that far: show more strikes.');
    if (legs) this.legs = legs;
    this.#changed();
  }

  /** The net price of one spread now, when every leg is quoted. */
  get net(): number | undefined {
    return netPrice(this.legs, (l) => this.#quotes.get(l.securityId));
  }

  #trade(): void {
    if (strategyProblems(this.legs).length) return;
    this.host.dispatchEvent(new StrategySelectEvent({ legs: [...this.legs], net: this.net }));
  }

  /** The toolbar's Build spread switch. */
  renderToggle(): TemplateResult {
    return button({
      label: msg('Build spread'),
      pressed: this.on,
      part: 'button build-button',
      onClick: () => this.toggle(),
    });
  }

  /** The legs, presets, net price and Trade spread (while building). */
  render(): TemplateResult | typeof nothing {
    if (!this.on) return nothing;
    const locale = this.host.effectiveLocale;
    const problem = strategyProblems(this.legs)[0];
    const net = this.net;
    const id = 'as-oc-preset';
    return html`<section class="builder" part="builder" aria-label=${msg('Spread')}>
      <div class="presets">
        <label class="as-label" for=${id}>${msg('Strategy')}</label>
        <select
          id=${id}
          class="as-select"
          part="preset"
          @change=${(e: Event) =>
            (this.#preset = (e.target as HTMLSelectElement).value as StrategyPreset)}
        >
          ${STRATEGY_PRESETS.map(
            (p) =>
              html`<option value=${p} ?selected=${p === this.#preset}>${presetLabel(p)}</option>`,
          )}
        </select>
        ${button({ label: msg('Use at the money'), onClick: () => this.#applyPreset() })}
      </div>
      ${
        this.legs.length
          ? html`<ol class="legs" part="legs">
              ${this.legs.map((leg, index) => {
                const what = `${optionSideLabel(leg.side)} ${describeContract(leg, locale)}`;
                return html`<li class="leg" data-leg=${leg.symbol}>
                  <span>${what}</span>
                  ${button({
                    label: msg('Remove'),
                    variant: 'ghost',
                    ariaLabel: msg(str`Remove ${what}`),
                    onClick: () => this.#remove(index),
                  })}
                </li>`;
              })}
            </ol>`
          : html`<p class="hint">
              ${msg('Choose asks to buy and bids to sell: two to four legs.')}
            </p>`
      }
      <p class="net" role="status" data-net>
        ${
          net === undefined || !this.legs.length
            ? nothing
            : html`${netPriceText(net, locale)}
                <span class="hint">
                  (${formatMoney(premiumCost(Math.abs(net), 1), locale)} ${msg('per spread')})
                </span>`
        }
        ${this.#note ?? (this.legs.length && problem ? strategyProblemMessage(problem) : nothing)}
      </p>
      <div class="actions">
        ${button({
          label: msg('Trade spread'),
          variant: 'primary',
          part: 'button trade-button',
          disabled: !!problem,
          onClick: () => this.#trade(),
        })}
        ${button({ label: msg('Clear'), disabled: !this.legs.length, onClick: () => this.clear() })}
      </div>
    </section>`;
  }
}
