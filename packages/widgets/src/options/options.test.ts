import { expect } from '@open-wc/testing';
import type { OptionResource } from '@autoshares/client';
import {
  describeContract,
  InvalidOptionSymbolError,
  inTheMoney,
  osiSymbol,
  parseOsiSymbol,
  premiumCost,
} from './contract.ts';
import { atTheMoneyIndex, priceLineIndex, strikeRows } from './chain.ts';

describe('option contracts', () => {
  it('parses an OSI symbol into its terms and writes it back', () => {
    const terms = parseOsiSymbol('AAPL  250117C00230000');
    expect(terms).to.deep.equal({
      underlying: 'AAPL',
      expiration: Date.UTC(2025, 0, 17),
      kind: 'Call',
      strike: 230,
    });
    expect(osiSymbol(terms)).to.equal('AAPL  250117C00230000');
    expect(parseOsiSymbol('SPY261218P00452500').strike).to.equal(452.5);
  });

  it('refuses what is not an OSI symbol with a typed error naming it', () => {
    for (const bad of [
      'AAPL',
      'AAPL  251317C00230000',
      'AAPL  250230C00230000',
      'AAPL  250117X00230000',
    ]) {
      expect(() => parseOsiSymbol(bad), bad)
        .to.throw(InvalidOptionSymbolError)
        .with.property('symbol', bad);
    }
  });

  it('describes a contract in the session language', () => {
    const terms = parseOsiSymbol('AAPL  250117C00230000');
    expect(describeContract(terms, 'en-GB')).to.equal('AAPL 17 Jan 25 230 Call');
    expect(describeContract({ ...terms, strike: 232.5, kind: 'Put' }, 'en-US')).to.equal(
      'AAPL Jan 17, 25 232.5 Put',
    );
  });

  it('knows which side of the price is in the money, and what a premium costs', () => {
    expect(inTheMoney('Call', 220, 227.5)).to.equal(true);
    expect(inTheMoney('Call', 230, 227.5)).to.equal(false);
    expect(inTheMoney('Put', 230, 227.5)).to.equal(true);
    expect(inTheMoney('Put', 220, 227.5)).to.equal(false);
    expect(premiumCost(2.35, 3)).to.equal(705);
    expect(premiumCost(2.35, 3, 10)).to.equal(70.5);
    expect(premiumCost(0.07, 1)).to.equal(7);
  });
});

describe('option chain rows', () => {
  const contract = (strike: number, OptionType: 'Call' | 'Put'): OptionResource => ({
    Id: strike * 10 + (OptionType === 'Call' ? 1 : 2),
    StrikePrice: strike,
    OptionType,
  });
  const contracts = [200, 210, 220, 230, 240, 250].flatMap((s) => [
    contract(s, 'Put'),
    contract(s, 'Call'),
  ]);

  it('pairs each strike’s call and put, ascending', () => {
    const rows = strikeRows([contract(230, 'Call'), ...contracts.slice(0, 4)]);
    expect(rows.map((r) => r.strike)).to.deep.equal([200, 210, 230]);
    expect(rows[0]!.call?.Id).to.equal(2001);
    expect(rows[0]!.put?.Id).to.equal(2002);
    expect(rows[2]!.put).to.equal(undefined);
  });

  it('finds the strike at the money', () => {
    const rows = strikeRows(contracts);
    expect(atTheMoneyIndex(rows, 227)).to.equal(3);
    expect(atTheMoneyIndex(rows, 199)).to.equal(0);
    expect(atTheMoneyIndex([], 199)).to.equal(-1);
  });

  it('places the price line before the first strike above the price', () => {
    const rows = strikeRows(contracts);
    expect(priceLineIndex(rows, 227)).to.equal(3);
    expect(priceLineIndex(rows, 100)).to.equal(0);
    expect(priceLineIndex(rows, 300)).to.equal(6);
  });
});
