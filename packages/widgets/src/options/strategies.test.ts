import { expect } from '@open-wc/testing';
import type { OptionResource } from '@autoshares/client';
import { strikeRows } from './chain.ts';
import { osiSymbol, type OptionKind } from './contract.ts';
import {
  InvalidStrategyError,
  legOf,
  netKind,
  netPrice,
  presetLegs,
  withLeg,
  strategyOrder,
  strategyProblems,
  type StrategyLeg,
} from './strategies.ts';

const EXPIRATION = Date.UTC(2026, 2, 20);
const contract = (strike: number, kind: OptionKind, underlying = 'AAPL'): OptionResource => ({
  Id: strike * 10 + (kind === 'Call' ? 1 : 2),
  Symbol: osiSymbol({ underlying, expiration: EXPIRATION, kind, strike }),
  StrikePrice: strike,
  OptionType: kind,
  ExpirationDate: EXPIRATION,
});
const rows = strikeRows(
  [210, 220, 230, 240, 250].flatMap((s) => [contract(s, 'Call'), contract(s, 'Put')]),
);
/** "Buy 230 Call" per leg: what a trader checks first. */
const read = (legs: StrategyLeg[] | undefined) =>
  legs?.map((l) => `${l.side} ${l.strike} ${l.kind}`);

describe('option strategies', () => {
  it('builds each preset around the anchor strike', () => {
    expect(read(presetLegs('call-debit-vertical', rows, 231, 'AAPL'))).to.deep.equal([
      'Buy 230 Call',
      'SellShort 240 Call',
    ]);
    expect(read(presetLegs('call-credit-vertical', rows, 230, 'AAPL', 2))).to.deep.equal([
      'SellShort 230 Call',
      'Buy 250 Call',
    ]);
    expect(read(presetLegs('put-debit-vertical', rows, 230, 'AAPL'))).to.deep.equal([
      'Buy 230 Put',
      'SellShort 220 Put',
    ]);
    expect(read(presetLegs('put-credit-vertical', rows, 230, 'AAPL'))).to.deep.equal([
      'SellShort 230 Put',
      'Buy 220 Put',
    ]);
    expect(read(presetLegs('straddle', rows, 228, 'AAPL'))).to.deep.equal([
      'Buy 230 Call',
      'Buy 230 Put',
    ]);
    expect(read(presetLegs('strangle', rows, 230, 'AAPL'))).to.deep.equal([
      'Buy 220 Put',
      'Buy 240 Call',
    ]);
    expect(read(presetLegs('iron-condor', rows, 230, 'AAPL'))).to.deep.equal([
      'Buy 210 Put',
      'SellShort 220 Put',
      'SellShort 240 Call',
      'Buy 250 Call',
    ]);
    const [long] = presetLegs('straddle', rows, 230, 'AAPL')!;
    expect(long).to.deep.equal({
      symbol: 'AAPL  260320C00230000',
      securityId: 2301,
      underlying: 'AAPL',
      expiration: EXPIRATION,
      kind: 'Call',
      strike: 230,
      side: 'Buy',
      ratio: 1,
    });
  });

  it('gives no preset where the strikes do not reach', () => {
    expect(presetLegs('call-debit-vertical', rows, 250, 'AAPL')).to.equal(undefined);
    expect(presetLegs('iron-condor', rows, 220, 'AAPL')).to.equal(undefined);
    expect(presetLegs('straddle', [], 230, 'AAPL')).to.equal(undefined);
    const noPuts = strikeRows([contract(230, 'Call'), contract(240, 'Call')]);
    expect(presetLegs('straddle', noPuts, 230, 'AAPL')).to.equal(undefined);
  });

  it('prices a spread net: buys at the ask, sells at the bid, debit positive', () => {
    const legs = presetLegs('call-debit-vertical', rows, 230, 'AAPL')!;
    const quotes: Record<number, { Bid: number; Ask: number }> = {
      2301: { Bid: 5.1, Ask: 5.3 },
      2401: { Bid: 1.2, Ask: 1.35 },
    };
    const net = netPrice(legs, (l) => quotes[l.securityId]);
    expect(net).to.equal(4.1);
    expect(netKind(net!)).to.equal('debit');
    const credit = presetLegs('call-credit-vertical', rows, 230, 'AAPL')!;
    const received = netPrice(credit, (l) => quotes[l.securityId]);
    expect(received).to.equal(-3.75);
    expect(netKind(received!)).to.equal('credit');
    expect(netKind(0)).to.equal('even');
    expect(netPrice(legs, (l) => (l.securityId === 2301 ? quotes[2301] : undefined))).to.equal(
      undefined,
      'a leg without a quote',
    );
    expect(netPrice([{ ...legs[0]!, ratio: 2 }, legs[1]!], (l) => quotes[l.securityId])).to.equal(
      9.4,
    );
  });

  it('names what keeps legs from being one order', () => {
    const [a, b, c, d] = presetLegs('iron-condor', rows, 230, 'AAPL')!;
    expect(strategyProblems([a!, b!])).to.deep.equal([]);
    expect(strategyProblems([a!])).to.deep.equal(['too-few-legs']);
    expect(strategyProblems([a!, b!, c!, d!, { ...a!, symbol: 'X' }])).to.deep.equal([
      'too-many-legs',
    ]);
    const msft = legOf(contract(230, 'Call', 'MSFT'), 'MSFT', 'Buy')!;
    expect(strategyProblems([a!, msft])).to.deep.equal(['several-underlyings']);
    expect(strategyProblems([a!, { ...a!, side: 'SellShort' }])).to.deep.equal([
      'repeated-contract',
    ]);
    expect(strategyProblems([a!, { ...b!, ratio: 0.5 }])).to.deep.equal(['bad-ratio']);
  });

  it('writes the multi-leg order as the API takes it, and refuses bad legs with a typed error', () => {
    const legs = presetLegs('put-credit-vertical', rows, 230, 'AAPL')!;
    expect(
      strategyOrder(legs, { spreads: 3, type: 'Limit', price: -1.25, timeInForce: 'Day' }),
    ).to.deep.equal({
      Symbol: '',
      Type: 'Limit',
      Quantity: 3,
      Price: -1.25,
      TimeInforce: 'Day',
      Legs: [
        { Symbol: 'AAPL  260320P00230000', Quantity: 3, Side: 'SellShort' },
        { Symbol: 'AAPL  260320P00220000', Quantity: 3, Side: 'Buy' },
      ],
    });
    const market = strategyOrder(legs, {
      spreads: 1,
      type: 'Market',
      price: 2,
      timeInForce: 'GoodTillCancel',
    });
    expect(market).to.not.have.property('Price');
    expect(() =>
      strategyOrder(legs.slice(0, 1), { spreads: 1, type: 'Market', timeInForce: 'Day' }),
    )
      .to.throw(InvalidStrategyError)
      .with.property('problems')
      .that.deep.equals(['too-few-legs']);
  });

  it('adds legs one by one: up to four, a contract chosen again takes its new side', () => {
    const [a, b, c, d] = presetLegs('iron-condor', rows, 230, 'AAPL')!;
    let legs = withLeg([], a!);
    legs = withLeg(legs, b!);
    expect(read([...legs])).to.deep.equal(['Buy 210 Put', 'SellShort 220 Put']);
    legs = withLeg(legs, { ...a!, side: 'SellShort' });
    expect(read([...legs])).to.deep.equal(['SellShort 210 Put', 'SellShort 220 Put']);
    legs = withLeg(withLeg(legs, c!), d!);
    expect(legs).to.have.length(4);
    const full = withLeg(legs, legOf(contract(230, 'Call'), 'AAPL', 'Buy')!);
    expect(full).to.equal(legs, 'a fifth leg is not added');
  });
});
