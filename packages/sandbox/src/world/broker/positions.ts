/**
 * Positions from fills (average-cost method) and their API shape. A position is long when its
 * quantity is positive and short when negative; closing fills realize P&L against the average
 * open price, and a fill that crosses zero closes the old side and opens the other at its price.
 */
import type { PositionResource } from '../../contract.ts';
import { isoDate, round } from './money.ts';
import { contractSize, expirationOf, isOption } from './contracts.ts';
import type { AccountState, EquityResource, PositionState } from './types.ts';

/**
 * Applies a fill of signed `delta` units (shares, or contracts of `ContractSize` shares) at
 * `price` (per share) to the account's position in `security`.
 */
export function applyFill(
  account: AccountState,
  security: EquityResource,
  delta: number,
  price: number,
  now: number,
  nextId: () => number,
): PositionState {
  const securityId = security.Id ?? 0;
  let p = account.positions.get(securityId);
  if (!p) {
    p = {
      id: nextId(),
      securityId,
      symbol: security.Symbol ?? '',
      name: security.Description ?? security.Symbol ?? '',
      quantity: 0,
      costBasis: 0,
      dailyCostBasis: 0,
      realized: 0,
      realizedToday: 0,
      closedQuantity: 0,
      closedValue: 0,
      createDate: now,
      modifyDate: now,
      contractSize: contractSize(security),
    };
    account.positions.set(securityId, p);
  }
  const size = p.contractSize;
  if (p.quantity === 0) p.createDate = now;
  const sameSide = p.quantity === 0 || Math.sign(p.quantity) === Math.sign(delta);
  if (sameSide) {
    p.quantity += delta;
    p.costBasis += delta * price * size;
    p.dailyCostBasis += delta * price * size;
  } else {
    const closing = Math.min(Math.abs(delta), Math.abs(p.quantity)) * Math.sign(delta);
    const avg = p.costBasis / (p.quantity * size);
    const pnl = -closing * (price - avg) * size;
    p.realized += pnl;
    p.realizedToday += pnl;
    p.closedQuantity += Math.abs(closing);
    p.closedValue += Math.abs(closing) * price;
    const remainingFraction = (p.quantity + closing) / p.quantity;
    p.costBasis = avg * (p.quantity + closing) * size;
    p.dailyCostBasis *= remainingFraction;
    p.quantity += closing;
    const opening = delta - closing;
    if (opening !== 0) {
      p.quantity = opening;
      p.costBasis = opening * price * size;
      p.dailyCostBasis = opening * price * size;
      p.createDate = now;
    }
  }
  p.quantity = round(p.quantity, 6);
  if (p.quantity === 0) {
    p.costBasis = 0;
    p.dailyCostBasis = 0;
  }
  p.modifyDate = now;
  return p;
}

/** The live price a position is marked at: last trade, else mid, else 0. */
export function markPrice(
  quote: { Last?: number; Bid?: number; Ask?: number; Price?: number } | null,
): number {
  if (!quote) return 0;
  if (quote.Last && quote.Last > 0) return quote.Last;
  if (quote.Price && quote.Price > 0) return quote.Price;
  if (quote.Bid && quote.Ask) return (quote.Bid + quote.Ask) / 2;
  return 0;
}

/**
 * The API's `PositionResource` for a position marked at `price` (previous close `eodPrice`).
 * An option position adds its contract terms (`Underlying*`; the expiration date as Unix ms,
 * the unit the streamer uses); `underlyingId` is the underlying's security id.
 */
export function positionResource(
  account: AccountState,
  p: PositionState,
  security: EquityResource | null,
  price: number,
  eodPrice: number,
  underlyingId = -1,
): PositionResource {
  const size = p.contractSize;
  const average = p.quantity !== 0 ? p.costBasis / (p.quantity * size) : 0;
  return {
    Id: p.id,
    AccountId: account.id,
    SecurityId: p.securityId,
    Symbol: p.symbol,
    Name: p.name,
    CompanyName: p.name,
    SecurityCurrency: security?.Currency ?? 'USD',
    SecurityType: security?.Type ?? 'CommonStock',
    ContractSize: size,
    CostBasis: round(p.costBasis),
    DailyCostBasis: round(p.dailyCostBasis),
    CreateDate: isoDate(p.createDate),
    ModifyDate: isoDate(p.modifyDate),
    Quantity: p.quantity,
    RealizedProfitLoss: round(p.realized),
    AverageOpenPrice: round(average, 4),
    AverageClosePrice: p.closedQuantity > 0 ? round(p.closedValue / p.closedQuantity, 4) : 0,
    StopLossPrice: 0,
    TakeProfitPrice: 0,
    DailyCloseProfitLoss: round(p.realizedToday),
    ExcessChanges: 0,
    DayQuantity: 0,
    MarketValueEOD: round(p.quantity * eodPrice * size),
    EODPrice: eodPrice,
    OpenQuantity: p.quantity,
    MarginType: p.quantity < 0 ? 'Short' : account.isMargin ? 'Margin' : 'Cash',
    TickSize: security?.TickSize ?? 0.01,
    VolumePrecision: security?.VolumePrecision ?? 0,
    ClearingAccount: account.model.ClearingAccount,
    AccountHolderName: account.model.Alias,
    LoanedQuantity: 0,
    UnrealizedProfitLoss: round(p.quantity * price * size - p.costBasis),
    AccountName: account.model.Alias,
    Currency: 'USD',
    Cusip: '',
    ...(isOption(security) ? optionFields(security!, underlyingId) : {}),
  };
}

/** The `Underlying*` fields of an option position or order. */
export function optionFields(security: EquityResource, underlyingId: number) {
  return {
    UnderlyingSymbol: security.UnderlyingAssetSymbol ?? '',
    UnderlyingId: underlyingId,
    UnderlyingStrike: security.StrikePrice ?? 0,
    UnderlyingOptionType: security.OptionType ?? 'Undefined',
    UnderlyingExpirationDate: expirationOf(security) ?? 0,
    UnderlyingExpirationType: security.ExpirationType ?? 'Undefined',
  };
}
