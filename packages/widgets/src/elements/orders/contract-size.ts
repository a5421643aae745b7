/** The multiplier of an option order's row: "100 shares per contract" under the contract. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber } from '../../format/format.ts';
import { msg, str } from '../../locale/msg.ts';
import { isOsiSymbol, STANDARD_CONTRACT_SIZE } from '../../options/contract.ts';

/**
 * "100 shares per contract" for an option contract (an order does not carry its contract size:
 * US equity options are 100 shares), nothing for any other security.
 */
export function renderContractSize(
  symbol: string | null | undefined,
  locale: string | undefined,
): TemplateResult | typeof nothing {
  if (!isOsiSymbol(symbol ?? '')) return nothing;
  const size = formatNumber(STANDARD_CONTRACT_SIZE, locale);
  return html`<span class="contract-size" part="contract-size"
    >${msg(str`${size} shares per contract`)}</span
  >`;
}
