/** The ticket's quote area (template only): the security, its bid/ask/last, and why it is empty. */
import { html, nothing, type TemplateResult } from 'lit';
import { renderError } from '../../base/view-states.ts';
import { formatNumber, formatPrice } from '../../format/format.ts';
import {
  describeContract,
  parseOsiSymbol,
  STANDARD_CONTRACT_SIZE,
} from '../../options/contract.ts';
import { isOptionContract, rateLimitedMessage, type TicketQuote } from './ticket-quote.ts';
import { msg, str } from '../../locale/msg.ts';

export interface QuoteView {
  quote: TicketQuote;
  ticker: string | undefined;
  /** The symbol field already says the symbol is unknown. */
  symbolError: boolean;
  /** A query of the ticket waits out rate limiting. */
  rateLimited: boolean;
  /** The automatic retry's note for a failed query ("Retrying in 4 s."). */
  retryNote(source: TicketQuote['instrument']): string | undefined;
  locale: string | undefined;
}

/** Rate limited: said plainly; the ticket retries by itself (no Retry button needed). */
export function renderRateLimited(): TemplateResult {
  return html`<div class="as-state" data-state="rate-limited" role="status" part="state">
    <p>${rateLimitedMessage()}</p>
  </div>`;
}

/** Why the quote is missing, if it is: rate limited (no Retry), or the lookup's error with Retry. */
function renderQuoteProblem(view: QuoteView): TemplateResult | typeof nothing {
  const instrument = view.quote.instrument;
  if (view.rateLimited && instrument.status !== 'success')
    return html`<p class="hint" data-rate-limited role="status">${rateLimitedMessage()}</p>`;
  if (instrument.status === 'error' && !instrument.hasData)
    return renderError(instrument.error, () => instrument.refresh(), view.retryNote(instrument));
  return nothing;
}

/** The security's heading: the ticker and company, or the contract in words and its size. */
function renderTitle(view: QuoteView): TemplateResult {
  const data = view.quote.instrument.data;
  if (isOptionContract(data) && data?.Symbol) {
    const size = formatNumber(data.ContractSize || STANDARD_CONTRACT_SIZE, view.locale);
    return html`<h2 class="symbol">
        ${describeContract(parseOsiSymbol(data.Symbol), view.locale)}
      </h2>
      <span class="name">${msg(str`Option, ${size} shares per contract`)}</span>`;
  }
  return html`<h2 class="symbol">${data?.Symbol ?? view.ticker}</h2>
    <span class="name">${data?.Description ?? ''}</span>`;
}

/** The bid/ask/last line of the security to trade. */
export function renderQuote(view: QuoteView): TemplateResult {
  const { quote: q, security } = view.quote;
  const locale = view.locale;
  if (!view.ticker) return html`<p class="hint">${msg('Choose a symbol to trade.')}</p>`;
  if (security === null && !view.symbolError)
    return html`<p class="hint" data-unknown>
      ${msg(str`No security found for “${view.ticker}”.`)}
    </p>`;
  return html`<div class="quote" part="quote">
    ${renderQuoteProblem(view)} ${renderTitle(view)}
    <dl class="prices">
      <div>
        <dt>${msg('Bid')}</dt>
        <dd class="num" data-quote="bid">${formatPrice(q?.Bid, locale)}</dd>
      </div>
      <div>
        <dt>${msg('Ask')}</dt>
        <dd class="num" data-quote="ask">${formatPrice(q?.Ask, locale)}</dd>
      </div>
      <div>
        <dt>${msg('Last')}</dt>
        <dd class="num" data-quote="last">${formatPrice(q?.Last, locale)}</dd>
      </div>
    </dl>
  </div>`;
}
