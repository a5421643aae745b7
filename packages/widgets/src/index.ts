/**
 * @autoshares/widgets: AutoShares custom elements sharing one session through `@lit/context`.
 */
import './session/define.ts';
import './session/providers/define.ts';
import './components/symbol-search/define.ts';
import './elements/watchlist/define.ts';
import './elements/pnl-leaders/define.ts';
import './elements/top-traded/define.ts';
import './elements/positions/define.ts';
import './elements/orders/define.ts';
import './elements/account-summary/define.ts';
import './elements/quote/define.ts';
import './elements/news/define.ts';
import './elements/chart/define.ts';
import './elements/order-ticket/define.ts';
import './elements/price-alerts/define.ts';
import './elements/option-chain/define.ts';
import './elements/activity/define.ts';
import './elements/account-value/define.ts';
import './elements/agreements/define.ts';
import './elements/funding/define.ts';
import './elements/portfolio-performance/define.ts';
import './elements/equity-awards/define.ts';

export * from './session/index.ts';
export * from './core/events.ts';
export * from './controllers/index.ts';
export {
  AutoSharesElement,
  type RenderStateOptions,
  type StateSource,
} from './base/base-element.ts';
export { ProviderElement } from './base/provider-element.ts';
export { defineElement } from './core/define.ts';
export { flash } from './directives/flash.ts';
export { errorMessage } from './base/view-states.ts';
export { loadTranslations } from './base/server-view.ts';
export { AutoSharesSymbolSearch } from './components/symbol-search/symbol-search.ts';
export * from './format/format.ts';
export * from './theme/index.ts';
export { AutoSharesWatchlist } from './elements/watchlist/watchlist.ts';
export { AutoSharesQuote } from './elements/quote/quote.ts';
export { AutoSharesNews } from './elements/news/news.ts';
export { AutoSharesChart } from './elements/chart/chart.ts';
export { PeriodChangeEvent } from './elements/chart/period-change-event.ts';
export { formatRelativeTime } from './format/relative-time.ts';
export { AutoSharesPnlLeaders } from './elements/pnl-leaders/pnl-leaders.ts';
export { AutoSharesTopTraded } from './elements/top-traded/top-traded.ts';
export { AutoSharesPositions } from './elements/positions/positions.ts';
export { AutoSharesOrders } from './elements/orders/orders.ts';
export { AutoSharesAccountSummary } from './elements/account-summary/account-summary.ts';
export { AccountSelectEvent } from './core/account-events.ts';
export { rankTraded, type TradedPeriod, type TradedRow } from './elements/top-traded/traded.ts';
export * from './portfolio/pnl.ts';
export { formatSignedMoney } from './format/format-money.ts';
export { AutoSharesOrderTicket } from './elements/order-ticket/order-ticket.ts';
export {
  checkOrder,
  MAX_ORDER_QUANTITY,
  type OrderDraft,
  type OrderContext,
  type OrderErrors,
} from './elements/order-ticket/order-validation.ts';
export { parseNumberInput, normalizeDigits, isOnTick } from './format/number-input.ts';
export { AutoSharesPriceAlerts } from './elements/price-alerts/price-alerts.ts';
export { AutoSharesOptionChain } from './elements/option-chain/option-chain.ts';
export { AutoSharesActivity } from './elements/activity/activity.ts';
export { AutoSharesAccountValue } from './elements/account-value/account-value.ts';
export { AutoSharesFunding } from './elements/funding/funding.ts';
export { AutoSharesPortfolioPerformance } from './elements/portfolio-performance/portfolio-performance.ts';
export { AutoSharesEquityAwards } from './elements/equity-awards/equity-awards.ts';
export {
  OptionSelectEvent,
  type SelectedContract,
} from './elements/option-chain/option-select-event.ts';
export { AutoSharesAgreements } from './elements/agreements/agreements.ts';
export {
  StrategySelectEvent,
  type SelectedStrategy,
} from './elements/option-chain/strategy-select-event.ts';
export {
  presetLegs,
  netPrice,
  strategyOrder,
  strategyProblems,
  InvalidStrategyError,
  STRATEGY_PRESETS,
  type StrategyLeg,
  type StrategyPreset,
  type LegSide,
} from './options/strategies.ts';
