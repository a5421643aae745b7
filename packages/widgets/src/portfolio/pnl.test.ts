import { expect } from '@open-wc/testing';
import type { PositionResource } from '@autoshares/client';
import { livePosition, livePrice, positionTotals } from './pnl.ts';

const position = (p: Partial<PositionResource>): PositionResource => ({
  Symbol: 'XYZ',
  SecurityId: 1,
  Quantity: 10,
  ContractSize: 1,
  AverageOpenPrice: 100,
  CostBasis: 1000,
  DailyCostBasis: 1050,
  RealizedProfitLoss: 42,
  DailyCloseProfitLoss: 0,
  UnrealizedProfitLoss: 7,
  ...p,
});

describe('portfolio/pnl', () => {
  it('marks at last, else Price, else the mid', () => {
    expect(livePrice({ Last: 5, Price: 6 })).to.equal(5);
    expect(livePrice({ Last: 0, Price: 6 })).to.equal(6);
    expect(livePrice({ Bid: 4, Ask: 6 })).to.equal(5);
    expect(livePrice(undefined)).to.equal(undefined);
  });

  it('unrealized = (last − average) × quantity × contract size, % of the open cost', () => {
    const row = livePosition(position({}), { Last: 110 });
    expect(row.marketValue).to.equal(1100);
    expect(row.unrealized.value).to.equal(100);
    expect(row.unrealized.percent).to.be.closeTo(10, 1e-9);
    const option = livePosition(position({ ContractSize: 100, Quantity: 2, AverageOpenPrice: 3 }), {
      Last: 2.5,
    });
    expect(option.unrealized.value).to.be.closeTo(-100, 1e-9);
    expect(option.unrealized.percent).to.be.closeTo(-16.6667, 1e-3);
  });

  it('short positions gain when the price falls', () => {
    const row = livePosition(position({ Quantity: -10, CostBasis: -1000 }), { Last: 90 });
    expect(row.unrealized.value).to.equal(100);
    expect(row.unrealized.percent).to.be.closeTo(10, 1e-9);
  });

  it('day = market value − daily cost basis + realized today; falls back to the previous close', () => {
    const row = livePosition(position({ DailyCloseProfitLoss: 5 }), { Last: 110 });
    expect(row.day.value).to.equal(1100 - 1050 + 5);
    expect(row.day.percent).to.be.closeTo((55 / 1050) * 100, 1e-9);
    const noBasis = livePosition(position({ DailyCostBasis: undefined }), {
      Last: 110,
      PreviousClose: 108,
    });
    expect(noBasis.day.value).to.be.closeTo(20, 1e-9);
  });

  it('before a quote: the server’s unrealized P&L, no day P&L; realized as sent', () => {
    const row = livePosition(position({}), undefined);
    expect(row.last).to.equal(undefined);
    expect(row.unrealized.value).to.equal(7);
    expect(row.day.value).to.equal(undefined);
    expect(row.realized).to.deep.equal({ value: 42, percent: undefined });
  });

  it('totals sum money and weigh percentages by basis', () => {
    const a = livePosition(position({}), { Last: 110 }); // +100 on 1000
    const b = livePosition(position({ Symbol: 'B', AverageOpenPrice: 50 }), { Last: 45 }); // −50 on 500
    const totals = positionTotals([a, b]);
    expect(totals.marketValue).to.equal(1100 + 450);
    expect(totals.unrealized.value).to.equal(50);
    expect(totals.unrealized.percent).to.be.closeTo((50 / 1500) * 100, 1e-9);
    expect(positionTotals([]).marketValue).to.equal(undefined);
  });
});
