/**
 * **Hand-written** (the spec types `/accounts/{id}/info` only as `object`): the camelCase
 * balance of one account, field list from the documentation sample (api-reference §3).
 * Numbers; a field the server omits is absent.
 */
export interface AccountBalance {
  cash: number;
  netCash: number;
  excess: number;
  pendingCash: number;
  changeAbsolute: number;
  changePercent: number;
  equityTotal: number;
  netLiquidity: number;
  marketValue: number;
  pendingOrdersCount: number;
  dayTrades: number;
  stockLongMarketValue: number;
  stockShortMarketValue: number;
  optionLongMarketValue: number;
  optionShortMarketValue: number;
  forexLongMarketValue: number;
  forexShortMarketValue: number;
  stockBuyingPower: number;
  optionBuyingPower: number;
  forexBuyingPower: number;
  dayTradingBuyingPower: number;
  maintenanceMargin: number;
  optionMaintenanceMargin: number;
  openPL: number;
  openPLDay: number;
  openPLPercent: number;
  closePL: number;
  totalPL: number;
}
