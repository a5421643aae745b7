/**
 * The camelCase account balance (`/accounts/{id}/info`), recomputed from cash, positions marked
 * at live prices, and open orders. Margin accounts: 25% maintenance on longs, 30% on shorts,
 * 2× excess as stock buying power and 4× as day-trading buying power. Cash accounts: buying
 * power is settled cash less what open buy orders reserve.
 */
import type { AccountBalance } from '../../contract.ts';
import { isOpen } from './enums.ts';
import { round } from './money.ts';
import type { AccountState } from './types.ts';

/**
 * Live price and previous close of a security; for an option contract also its size (shares a
 * contract) and the margin one uncovered short contract needs now.
 */
export type PriceOf = (securityId: number) => {
  price: number;
  previousClose: number;
  contractSize?: number;
  nakedRequirement?: number;
};

/** Cash that open buy orders hold back (limit price, else the live price, times leaves). */
export function reservedForOpenOrders(
  account: AccountState,
  priceOf: PriceOf,
  excludeOrderId?: number,
): number {
  let reserved = 0;
  for (const { order } of account.orders.values()) {
    if (!isOpen(order.Status) || order.Id === excludeOrderId) continue;
    if (order.Side !== 'Buy' && order.Side !== 'BuyToCover') continue;
    if (!order.SecurityId) continue; // a multi-leg or conditional root: its legs reserve
    const live = priceOf(order.SecurityId);
    const price = order.Price && order.Price > 0 ? order.Price : live.price;
    reserved += (order.LeavesQuantity ?? 0) * price * (live.contractSize ?? 1);
  }
  return reserved;
}

/** The number of securities both bought and sold today (a simple day-trade count). */
function dayTrades(account: AccountState, dayStart: number): number {
  const sides = new Map<number, Set<string>>();
  for (const t of account.transactions) {
    if (t.Type !== 'OrderExecution' || !t.Date || Date.parse(t.Date) < dayStart) continue;
    const set = sides.get(t.SecurityId ?? 0) ?? new Set<string>();
    set.add((t.Value ?? 0) < 0 ? 'buy' : 'sell');
    sides.set(t.SecurityId ?? 0, set);
  }
  return [...sides.values()].filter((s) => s.size === 2).length;
}

/** Computes the account's balance now. `dayStart` is the epoch ms at which "today" began. */
export function computeBalance(
  account: AccountState,
  priceOf: PriceOf,
  dayStart: number,
): AccountBalance {
  let longMv = 0;
  let shortMv = 0;
  let optionLongMv = 0;
  let optionShortMv = 0;
  let optionMaintenance = 0;
  let openPL = 0;
  let openPLDay = 0;
  let costAbs = 0;
  let closePL = 0;
  for (const p of account.positions.values()) {
    closePL += p.realizedToday;
    if (p.quantity === 0) continue;
    const { price, nakedRequirement } = priceOf(p.securityId);
    const mv = p.quantity * price * p.contractSize;
    if (p.contractSize > 1) {
      if (mv >= 0) optionLongMv += mv;
      else optionShortMv += mv;
      if (p.quantity < 0) optionMaintenance += -p.quantity * (nakedRequirement ?? 0);
    } else if (mv >= 0) longMv += mv;
    else shortMv += mv;
    openPL += mv - p.costBasis;
    openPLDay += mv - p.dailyCostBasis;
    costAbs += Math.abs(p.costBasis);
  }
  const marketValue = longMv + shortMv + optionLongMv + optionShortMv;
  const equity = account.cash + marketValue;
  // Long options are paid in full (no loan value); short ones need their uncovered margin.
  const maintenance = 0.25 * longMv + 0.3 * Math.abs(shortMv) + optionLongMv + optionMaintenance;
  const reserved = reservedForOpenOrders(account, priceOf);
  const excess = account.isMargin ? equity - maintenance : account.cash;
  const stockBp = Math.max(0, account.isMargin ? 2 * excess - reserved : account.cash - reserved);
  const dayTradingBp = account.isMargin ? Math.max(0, 4 * excess - reserved) : 0;
  const changeAbsolute = openPLDay + closePL;
  const startEquity = equity - changeAbsolute;
  const pending = [...account.orders.values()].filter((r) => isOpen(r.order.Status)).length;
  return {
    cash: round(account.cash),
    netCash: round(account.cash - (account.unavailableCash ?? 0)),
    excess: round(excess),
    pendingCash: round(account.pendingCash ?? 0),
    changeAbsolute: round(changeAbsolute),
    changePercent: startEquity !== 0 ? round((changeAbsolute / startEquity) * 100, 4) : 0,
    equityTotal: round(equity),
    netLiquidity: round(equity),
    marketValue: round(marketValue),
    pendingOrdersCount: pending,
    dayTrades: dayTrades(account, dayStart),
    stockLongMarketValue: round(longMv),
    stockShortMarketValue: round(shortMv),
    optionLongMarketValue: round(optionLongMv),
    optionShortMarketValue: round(optionShortMv),
    forexLongMarketValue: 0,
    forexShortMarketValue: 0,
    stockBuyingPower: round(stockBp),
    optionBuyingPower: round(Math.max(0, excess - reserved)),
    forexBuyingPower: 0,
    dayTradingBuyingPower: round(dayTradingBp),
    maintenanceMargin: round(maintenance),
    optionMaintenanceMargin: round(optionMaintenance),
    openPL: round(openPL),
    openPLDay: round(openPLDay),
    openPLPercent: costAbs > 0 ? round((openPL / costAbs) * 100, 4) : 0,
    closePL: round(closePL),
    totalPL: round(openPL + closePL),
  };
}

/** Sums several accounts' balances (the user's aggregated `balance-info`); percentages recomputed. */
export function sumBalances(balances: AccountBalance[]): AccountBalance {
  const total = {} as Record<keyof AccountBalance, number>;
  for (const b of balances) {
    for (const [k, v] of Object.entries(b) as [keyof AccountBalance, number][])
      total[k] = round((total[k] ?? 0) + v);
  }
  const keys: (keyof AccountBalance)[] = ['cash', 'equityTotal', 'changeAbsolute', 'openPL'];
  for (const k of keys) total[k] ??= 0;
  const start = total.equityTotal - total.changeAbsolute;
  total.changePercent = start !== 0 ? round((total.changeAbsolute / start) * 100, 4) : 0;
  let costAbs = 0;
  for (const b of balances)
    if (b.openPLPercent !== 0) costAbs += Math.abs(b.openPL / (b.openPLPercent / 100));
  total.openPLPercent = costAbs > 0 ? round((total.openPL / costAbs) * 100, 4) : 0;
  return total as AccountBalance;
}
