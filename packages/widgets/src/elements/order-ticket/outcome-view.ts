/**
 * The ticket after Place (template only): the placed order and its live status, or — while the
 * outcome is not known — what is known and nothing more (see `docs/order-safety.md`).
 */
import { button } from '../../components/button/button.ts';
import type { CreateOrderResource } from '@autoshares/client';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { errorMessage } from '../../base/view-states.ts';
import { formatNumber, formatPrice } from '../../format/format.ts';
import { rejectionReason } from '../../orders/order-announcement.ts';
import { statusLabel, statusTone } from '../../orders/order-status.ts';
import type { ConfirmedBy } from '../../orders/placement/placement-state.ts';
import { describeTicketOrder } from './order-summary.ts';
import type { LiveOrder } from './ticket-flow.ts';
import { msg, str } from '../../locale/msg.ts';

/** Notices shown with a confirmed order whose answer did not come straight back. */
const NOTICES: Record<ConfirmedBy, (() => string) | undefined> = {
  answered: undefined,
  late: () =>
    msg('The answer from AutoShares was delayed, but your order was received. It was placed once.'),
  duplicate: () => msg('Your earlier attempt did reach AutoShares; it was not sent again.'),
};

export interface PlacedView {
  /** The order as sent. */
  order: CreateOrderResource;
  /** The order as the server has it (answer, look-up, stream). */
  live: LiveOrder;
  by: ConfirmedBy;
  locale: string | undefined;
  newOrder(): void;
}

/** "Filled 3 of 10 at 190.12". */
function fillText(
  filled: number,
  quantity: number | undefined,
  price: number | undefined,
  locale: string | undefined,
): string {
  const done = formatNumber(filled, locale);
  const all = formatNumber(quantity, locale);
  const at = formatPrice(price, locale);
  return msg(str`Filled ${done} of ${all} at ${at}`);
}

/** The placed order and its live status. */
export function renderPlaced(view: PlacedView): TemplateResult {
  const { order, live, locale } = view;
  const notice = NOTICES[view.by]?.();
  const filled = live.ExecutedQuantity ?? 0;
  return html`<div class="placed" part="status" role="group" aria-label=${msg('Order status')}>
    <h3 class="review-title">${msg('Order placed')}</h3>
    <p class="what">
      ${describeTicketOrder({ ...order, ...(live as CreateOrderResource) }, locale)}
    </p>
    ${notice ? html`<p class="notice" data-notice>${notice}</p>` : nothing}
    <p>
      ${msg('Status:')}
      <span
        class="as-badge"
        data-tone=${ifDefined(statusTone(live.Status))}
        data-status=${live.Status ?? ''}
        >${statusLabel(live.Status)}</span
      >
    </p>
    ${
      filled > 0
        ? html`<p data-fill>
            ${fillText(filled, live.Quantity ?? order.Quantity, live.AveragePrice, locale)}
          </p>`
        : nothing
    }
    ${
      live.Status === 'Rejected'
        ? html`<p class="form-error" data-reject>${msg(str`Reason: ${rejectionReason(live)}`)}</p>`
        : nothing
    }
    <p class="hint">${msg(str`Order #${live.Id ?? '—'}`)}</p>
    <div class="actions">
      ${button({ label: msg('New order'), data: { autofocus: true }, onClick: view.newOrder })}
    </div>
  </div>`;
}

/** No answer yet, or checking: the order may still arrive; nothing to press. */
export function renderUnconfirmed(): TemplateResult {
  return html`<div class="uncertain" role="group" aria-label=${msg('Order not confirmed yet')}>
    <p role="status" data-outcome="unconfirmed">
      ${msg(
        'No answer from AutoShares yet. Your order may still arrive: checking whether it arrived… Do not place it again; it shows here as soon as it is found.',
      )}
    </p>
  </div>`;
}

/** The look-ups failed when a decision was due: the ticket does not know; Check again. */
export function renderUnknown(error: unknown, checkAgain: () => void): TemplateResult {
  const why = errorMessage(error);
  return html`<div class="uncertain" role="group" aria-label=${msg('Order status unknown')}>
    <p role="alert" data-outcome="unknown">
      ${msg(
        str`We could not confirm whether your order was placed: ${why} Check your orders before placing it again.`,
      )}
    </p>
    <div class="actions">
      ${button({ label: msg('Check again'), data: { autofocus: true }, onClick: checkAgain })}
    </div>
  </div>`;
}

export interface AbsentView {
  /** The window ran out (else the request ended with `error`). */
  windowRanOut: boolean;
  error?: unknown;
  /** The confirm window, in whole seconds. */
  windowSeconds: number;
  retry(): void;
  cancel(): void;
}

/** Known absent: only now is Try again offered (it re-sends the same ClientId). */
export function renderAbsent(view: AbsentView): TemplateResult {
  const seconds = view.windowSeconds;
  const why = errorMessage(view.error);
  const message = view.windowRanOut
    ? html`<p role="alert" data-outcome="not-found">
        ${msg(
          str`No answer from AutoShares within ${seconds} s, and your order is not in your orders. It was most likely not placed; if it still arrives, it shows here.`,
        )}
      </p>`
    : html`<p role="alert" data-outcome="not-placed">
        ${msg(
          str`${why} Your order did not reach AutoShares: it is not in your orders, so nothing was placed.`,
        )}
      </p>`;
  return html`<div class="uncertain" role="group" aria-label=${msg('Order not placed')}>
    ${message}
    <p class="hint">
      ${msg(
        'Try again sends it with the same reference (ClientId), so AutoShares can tell it from a new order if the first attempt turns up after all.',
      )}
    </p>
    <div class="actions">
      ${button({
        label: msg('Try again'),
        variant: 'primary',
        data: { autofocus: true },
        onClick: view.retry,
      })}
      ${button({ label: msg('Cancel'), onClick: view.cancel })}
    </div>
  </div>`;
}
