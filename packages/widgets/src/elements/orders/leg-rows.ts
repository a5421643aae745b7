/** The rows of a multi-leg order's legs under their root (template only), and its net price. */
import type { OrderResource } from '@autoshares/client';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { cellId, rowLabelledBy } from '../../components/table/row-name.ts';
import { formatNumber, formatPrice } from '../../format/format.ts';
import { msg, str } from '../../locale/msg.ts';
import { displaySymbol } from '../../options/contract.ts';
import { netPriceText } from '../../options/strategies-describe.ts';
import { orderTypeLabel } from '../../orders/order-words.ts';
import { statusLabel, statusTone } from '../../orders/order-status.ts';
import { isConditionalRoot } from './order-groups.ts';
import { orderPrices, orderSideLabel } from './order-view.ts';
import { renderContractSize } from './contract-size.ts';

/** A spread's limit as a net debit or credit ("net debit 1.25"); "—" for a market order. */
export function renderSpreadPrice(order: OrderResource, locale: string | undefined): string {
  return order.Type === 'Limit' && order.Price != null ? netPriceText(order.Price, locale) : '—';
}

/**
 * A leg under its root: the contract in words, its side as options say it, its contracts, its
 * own prices when it is a leg of a conditional order (a spread's legs share the root's net
 * price), fill and status. A leg is cancelled with its root; `actions` (a working conditional
 * leg's Replace) go in its last cell. Named for assistive tech like a row ("Leg of AAPL … : AAPL
 * 20 Mar 26 230 Call Side Buy to open Quantity 1 …").
 */
export function renderLegRow(
  leg: OrderResource,
  root: OrderResource,
  locale: string | undefined,
  actions: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  const key = `${root.Id}-leg-${leg.Id ?? leg.Symbol}`;
  const side = orderSideLabel(leg);
  const executed = leg.ExecutedQuantity ?? 0;
  const prices = isConditionalRoot(root) ? orderPrices(leg, locale) : { main: '' };
  return html`<tr
    part="row leg-row"
    class="leg"
    data-leg=${ifDefined(leg.Id)}
    data-parent=${ifDefined(root.Id)}
    data-symbol=${leg.Symbol ?? ''}
    aria-labelledby=${rowLabelledBy(key, 'symbol', ['side', 'quantity', 'status'])}
  >
    <td part="cell" class="col-time"></td>
    <th scope="row" part="cell" class="col-symbol">
      <span class="as-visually-hidden">${msg('Leg:')}</span>
      <span id=${cellId(key, 'symbol')}>${displaySymbol(leg.Symbol ?? '', locale)}</span>
      <span class="under"
        ><span class="side-inline">${side}</span>${renderContractSize(leg.Symbol, locale)}</span
      >
    </th>
    <td part="cell" id=${cellId(key, 'side')} class="col-side">${side}</td>
    <td part="cell" id=${cellId(key, 'quantity')} class="num col-quantity">
      ${formatNumber(leg.Quantity, locale)}
    </td>
    <td part="cell" class="col-type">${orderTypeLabel(leg.Type ?? root.Type)}</td>
    <td part="cell" class="num col-price">
      ${prices.main || '—'}${prices.stop ? html`<span class="price-stop">${msg(str`Stop ${prices.stop}`)}</span>` : ''}
    </td>
    <td part="cell" class="num col-fill">
      ${executed > 0 ? formatPrice(leg.AveragePrice, locale) : '—'}
    </td>
    <td part="cell" id=${cellId(key, 'status')} class="col-status">
      <span class="as-badge" part="status" data-tone=${ifDefined(statusTone(leg.Status))}
        >${statusLabel(leg.Status)}</span
      >
    </td>
    <td part="cell" class="actions">
      ${actions}
      <span class="as-visually-hidden">${msg(str`Part of order #${root.Id ?? ''}`)}</span>
    </td>
  </tr>`;
}
