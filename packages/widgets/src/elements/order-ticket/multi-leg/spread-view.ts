/**
 * The ticket's spread form (template only): the legs with their sides and quotes, the net price
 * now, the number of spreads, Market or Limit with a net debit or credit, time in force, and
 * Review order.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { button } from '../../../components/button/button.ts';
import { formatMoney, formatPrice } from '../../../format/format.ts';
import { msg } from '../../../locale/msg.ts';
import { describeContract, premiumCost } from '../../../options/contract.ts';
import { netPriceText, spreadName } from '../../../options/strategies-describe.ts';
import { LEG_SIDES, type LegQuote, type LegSide } from '../../../options/strategies.ts';
import { optionSideLabel, orderTypeLabel, timeInForceLabel } from '../../../orders/order-words.ts';
import { renderActionError } from '../form-view.ts';
import {
  SPREAD_TIMES_IN_FORCE,
  SPREAD_TYPES,
  type NetDirection,
  type SpreadDraft,
  type SpreadErrors,
  type SpreadField,
} from './spread-draft.ts';

/** What the spread form shows and calls back. */
export interface SpreadView {
  /** Prefix of the form's element ids (unique per ticket). */
  ids: string;
  draft: SpreadDraft;
  errors: SpreadErrors;
  /** Each leg's live quote, by index. */
  quotes: readonly LegQuote[];
  /** The net price of one spread now (signed), when every leg is quoted. */
  net: number | undefined;
  /** The server's preview is on its way. */
  checking: boolean;
  blocker: string | undefined;
  /** The preview's failure, if any. */
  error: unknown;
  locale: string | undefined;
  edit(patch: Partial<SpreadDraft>): void;
  setSide(index: number, side: LegSide): void;
  submit(event: Event): void;
  /** Leave the spread for a single-contract order. */
  single(): void;
}

const errorId = (view: SpreadView, field: SpreadField) => `${view.ids}-spread-${field}-error`;

function renderError(view: SpreadView, field: SpreadField): TemplateResult | typeof nothing {
  const message = view.errors[field];
  return message
    ? html`<p class="field-error" id=${errorId(view, field)} part="error">${message}</p>`
    : nothing;
}

function textField(
  view: SpreadView,
  field: 'spreads' | 'price',
  label: string,
  hint: string,
): TemplateResult {
  const id = `${view.ids}-spread-${field}`;
  const described = [`${id}-hint`, view.errors[field] ? errorId(view, field) : ''];
  return html`<div class="field">
    <label class="as-label" for=${id}>${label}</label>
    <input
      id=${id}
      class="as-input"
      part="input"
      data-field=${field}
      type="text"
      inputmode="decimal"
      autocomplete="off"
      .value=${view.draft[field]}
      aria-invalid=${view.errors[field] ? 'true' : 'false'}
      aria-describedby=${described.filter(Boolean).join(' ')}
      @input=${(e: Event) => view.edit({ [field]: (e.target as HTMLInputElement).value })}
    />
    <p class="hint" id="${id}-hint">${hint}</p>
    ${renderError(view, field)}
  </div>`;
}

function select<T extends string>(
  view: SpreadView,
  field: string,
  label: string,
  options: readonly T[],
  labelOf: (option: T) => string,
  value: T,
  onChange: (value: T) => void,
): TemplateResult {
  const id = `${view.ids}-spread-${field}`;
  return html`<div class="field">
    <label class="as-label" for=${id}>${label}</label>
    <select
      id=${id}
      class="as-select"
      part="select"
      data-field=${field}
      @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value as T)}
    >
      ${options.map((o) => html`<option value=${o} ?selected=${o === value}>${labelOf(o)}</option>`)}
    </select>
  </div>`;
}

function renderLegs(view: SpreadView): TemplateResult {
  const { draft, locale } = view;
  const legs = draft.legs.map((leg) => ({ Symbol: leg.symbol, Side: leg.side, Quantity: 1 }));
  return html`<fieldset
    class="legs"
    part="legs"
    aria-invalid=${view.errors.legs ? 'true' : 'false'}
    aria-describedby=${ifDefined(view.errors.legs ? errorId(view, 'legs') : undefined)}
  >
    <legend class="symbol">${spreadName(legs)}</legend>
    ${draft.legs.map((leg, index) => {
      const id = `${view.ids}-leg-${index}`;
      const quote = view.quotes[index];
      return html`<div class="leg" data-leg=${index}>
        <label class="leg-contract" for=${id}>
          ${describeContract(leg, locale)}
          <span class="leg-quote num">
            ${formatPrice(quote?.Bid ?? undefined, locale)} /
            ${formatPrice(quote?.Ask ?? undefined, locale)}
          </span>
        </label>
        <select
          id=${id}
          class="as-select"
          part="select"
          data-leg-side=${index}
          @change=${(e: Event) =>
            view.setSide(index, (e.target as HTMLSelectElement).value as LegSide)}
        >
          ${LEG_SIDES.map(
            (s) =>
              html`<option value=${s} ?selected=${s === leg.side}>${optionSideLabel(s)}</option>`,
          )}
        </select>
      </div>`;
    })}
    ${renderError(view, 'legs')}
  </fieldset>`;
}

/** "Now: net debit 1.25 per spread (125.00)". */
function renderNet(view: SpreadView): TemplateResult {
  const { net, locale } = view;
  if (net === undefined)
    return html`<p class="hint" data-net>${msg('Net price: waiting for quotes.')}</p>`;
  const premium = formatMoney(premiumCost(Math.abs(net), 1), locale);
  return html`<p class="net" data-net>
    ${msg('Now:')} <span class="num">${netPriceText(net, locale)}</span>
    <span class="hint">${msg('per spread')} (${premium})</span>
  </p>`;
}

const directionLabel = (d: NetDirection) =>
  d === 'debit' ? msg('Debit (you pay)') : msg('Credit (you receive)');

/** The spread form. */
export function renderSpreadForm(view: SpreadView): TemplateResult {
  const d = view.draft;
  return html`<form class="form spread" part="form" novalidate @submit=${view.submit}>
    ${renderLegs(view)} ${renderNet(view)}
    ${textField(
      view,
      'spreads',
      msg('Spreads'),
      msg('Each leg trades this many times its contracts, 100 shares each.'),
    )}
    ${select(view, 'spreadType', msg('Order type'), SPREAD_TYPES, orderTypeLabel, d.type, (type) =>
      view.edit({ type }),
    )}
    ${
      d.type === 'Limit'
        ? html`${select(
            view,
            'direction',
            msg('Net price'),
            ['debit', 'credit'] as const,
            directionLabel,
            d.direction,
            (direction) => view.edit({ direction }),
          )}
          ${textField(
            view,
            'price',
            d.direction === 'debit' ? msg('Net debit limit') : msg('Net credit limit'),
            d.direction === 'debit'
              ? msg('The most you pay for one spread, per share.')
              : msg('The least you receive for one spread, per share.'),
          )}`
        : nothing
    }
    ${select(
      view,
      'spreadTif',
      msg('Time in force'),
      SPREAD_TIMES_IN_FORCE,
      timeInForceLabel,
      d.timeInForce,
      (timeInForce) => view.edit({ timeInForce }),
    )}
    ${renderActionError(view.error)}
    ${view.blocker ? html`<p class="form-error" data-blocker part="error">${view.blocker}</p>` : nothing}
    <div class="actions">
      ${button({
        label: view.checking ? msg('Checking…') : msg('Review order'),
        variant: 'primary',
        type: 'submit',
        disabled: view.checking || !!view.blocker,
      })}
      ${button({ label: msg('Single contract'), variant: 'ghost', onClick: view.single })}
    </div>
  </form>`;
}
