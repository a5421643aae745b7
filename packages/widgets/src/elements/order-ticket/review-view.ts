/** The ticket's review (template only): the server's preview of the order, Place and Edit. */
import { button } from '../../components/button/button.ts';
import type { CreateOrderResource, OrderPreviewResource } from '@autoshares/client';
import { html, nothing, type TemplateResult } from 'lit';
import { formatMoney } from '../../format/format.ts';
import { renderActionError } from './form-view.ts';
import { describeTicketOrder } from './order-summary.ts';
import { isBuy, TIF_LABELS, type TicketTimeInForce } from './order-validation.ts';
import { msg, str } from '../../locale/msg.ts';
import { isMultiLegOrder } from '../../options/strategies-describe.ts';

export interface ReviewView {
  order: CreateOrderResource;
  preview: OrderPreviewResource;
  /** The order is on its way (Place does nothing more). */
  placing: boolean;
  /** The refusal of the last Place, if any. */
  error: unknown;
  locale: string | undefined;
  place(): void;
  edit(): void;
}

/** The review of the order about to be placed. */
export function renderReview(view: ReviewView): TemplateResult {
  const { order, preview: p, placing, locale } = view;
  // A conditional order's first leg says what it does at once; a spread uses buying power.
  const lead = order.Legs?.[0]?.Type ? order.Legs[0] : order;
  const buying = lead.Side === 'Buy' || lead.Side === 'SellShort' || isMultiLegOrder(order);
  return html`<div class="review" part="summary" role="group" aria-label=${msg('Review order')}>
    <h3 class="review-title">${msg('Review order')}</h3>
    <p class="what" data-summary="order">${describeTicketOrder(order, locale)}</p>
    <dl class="figures">
      <div>
        <dt>${msg('Time in force')}</dt>
        <dd>${TIF_LABELS[order.TimeInforce as TicketTimeInForce] ?? order.TimeInforce}</dd>
      </div>
      <div>
        <dt>${msg('Estimated cost')}</dt>
        <dd class="num" data-summary="cost">${formatMoney(p.Cost, locale)}</dd>
      </div>
      <div>
        <dt>${msg('Commission')}</dt>
        <dd class="num" data-summary="commission">${formatMoney(p.Commission, locale)}</dd>
      </div>
      <div>
        <dt>${msg('Estimated total')}</dt>
        <dd class="num" data-summary="total">${formatMoney(p.TotalCost ?? p.NetCost, locale)}</dd>
      </div>
      <div>
        <dt>${msg('Buying power')}</dt>
        <dd class="num" data-summary="buying-power">
          ${buying ? msg(str`Uses ${formatMoney(p.MarginChange ?? p.TotalCost, locale)}`) : msg('Not reduced')}
        </dd>
      </div>
    </dl>
    ${renderActionError(view.error)}
    <div class="actions">
      ${button({
        label: placing ? msg('Placing…') : msg('Place order'),
        variant: isBuy(lead.Side ?? '') ? 'buy' : 'sell',
        part: 'button place-button',
        data: { autofocus: true },
        busy: placing,
        onClick: view.place,
      })}
      ${button({ label: msg('Edit order'), disabled: placing, onClick: view.edit })}
    </div>
    ${placing ? html`<p class="as-visually-hidden" role="status">${msg('Placing your order…')}</p>` : nothing}
  </div>`;
}
