import { html, type TemplateResult } from 'lit';
import { msg } from '../../locale/msg.ts';

/**
 * The lower part of a chart panel (`<as-chart>`, `<as-account-value>`): the plot the library
 * draws into (hidden from assistive tech, `busy` while loading), the text summary read in its
 * place, and the library's attribution. Styled by `chartPanelStyles`.
 */
export function renderChartPlot(busy: boolean, summary: string): TemplateResult {
  return html`<div
      class="plot"
      part="plot"
      aria-hidden="true"
      data-busy=${busy ? 'true' : 'false'}
    ></div>
    <p class="as-visually-hidden" part="summary" data-summary>${summary}</p>
    <small class="attribution" part="attribution"
      >${msg('Chart by')}
      <a href="https://www.tradingview.com/" target="_blank" rel="noopener noreferrer"
        >TradingView Lightweight Charts</a
      ></small
    >`;
}
