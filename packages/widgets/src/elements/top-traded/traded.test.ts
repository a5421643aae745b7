import { expect } from '@open-wc/testing';
import type { OrderResource } from '@autoshares/client';
import { rankTraded } from './traded.ts';

const fill = (Symbol: string, ExecutedQuantity: number, AveragePrice: number, CreateDate = 1) =>
  ({
    Symbol,
    SecurityId: Symbol.length,
    ExecutedQuantity,
    AveragePrice,
    CreateDate,
  }) as OrderResource;

describe('rankTraded', () => {
  it('ranks by number of trades, then traded value, then symbol', () => {
    const rows = rankTraded([
      fill('B', 1, 10),
      fill('A', 1, 10),
      fill('C', 5, 10, 5),
      fill('C', 1, 10, 9),
      fill('D', 1, 30),
    ]);
    expect(rows.map((r) => `${r.symbol}:${r.trades}:${r.value}`)).to.deep.equal([
      'C:2:60',
      'D:1:30',
      'A:1:10',
      'B:1:10',
    ]);
    expect(rows[0]!.quantity).to.equal(6);
    expect(rows[0]!.lastTradeAt).to.equal(9);
  });
});
