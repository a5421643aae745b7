import type { CreateOrderResource, EquityResource } from '@autoshares/client';
import { expect } from '@open-wc/testing';
import { blankConditional } from './conditional-draft.ts';
import { checkTicketOrder } from './conditional-validation.ts';
import { describeTicketOrder } from './order-summary.ts';
import type { OrderContext, OrderDraft } from './order-validation.ts';

const security: EquityResource = {
  Id: 1,
  Symbol: 'AAPL',
  TickSize: 0.01,
  AllowShort: true,
  AllowTrade: true,
  Enabled: true,
  VolumePrecision: 0,
  FractionalSettings: { AllowTrade: 'Prohibited', Precision: 0, MaxQty: 0 },
};
const ctx: OrderContext = {
  security,
  quote: { Bid: 199.9, Ask: 200.1, Last: 200 },
  canShort: true,
  today: '2026-11-23',
  locale: 'en-US',
};
const draft = (over: Partial<OrderDraft> = {}): OrderDraft => ({
  symbol: 'AAPL',
  side: 'Buy',
  type: 'Limit',
  quantity: '10',
  limitPrice: '200',
  stopPrice: '',
  timeInForce: 'Day',
  expireDate: '',
  extendedHours: false,
  ...blankConditional(),
  ...over,
});
const bracket = (over: Partial<OrderDraft> = {}) =>
  draft({ attach: 'Bracket', takeProfit: '220', stopLoss: '190', ...over });
const errorsOf = (d: OrderDraft) => checkTicketOrder(d, ctx).errors;

describe('conditional and trailing order checks', () => {
  it('builds a bracket (OTOCO) with an entry, a take-profit limit and a stop-loss stop, and reads every leg', () => {
    const { errors, order } = checkTicketOrder(bracket(), ctx);
    expect(errors).to.deep.equal({});
    expect(order).to.deep.equal({
      Symbol: '',
      Type: 'OneTriggerOneCancelOther',
      TimeInforce: 'Day',
      Legs: [
        {
          Symbol: 'AAPL',
          Side: 'Buy',
          Type: 'Limit',
          Quantity: 10,
          TimeInforce: 'Day',
          Price: 200,
        },
        {
          Symbol: 'AAPL',
          Side: 'Sell',
          Type: 'Limit',
          Quantity: 10,
          TimeInforce: 'Day',
          Price: 220,
        },
        {
          Symbol: 'AAPL',
          Side: 'Sell',
          Type: 'Stop',
          Quantity: 10,
          TimeInforce: 'Day',
          StopPrice: 190,
        },
      ],
    });
    expect(describeTicketOrder(order!, 'en-US')).to.equal(
      'Buy 10 AAPL · Limit limit 200.00 · then sell: take profit 220.00 / stop 190.00',
    );
  });

  it('a short bracket exits by buying to cover, below for profit and above for the stop', () => {
    const { errors, order } = checkTicketOrder(
      bracket({ side: 'SellShort', takeProfit: '180', stopLoss: '210' }),
      ctx,
    );
    expect(errors).to.deep.equal({});
    expect(order!.Legs!.slice(1).map((l) => l.Side)).to.deep.equal(['BuyToCover', 'BuyToCover']);
    expect(errorsOf(bracket({ side: 'SellShort' }))).to.deep.equal({
      takeProfit: 'The take profit must be below the entry price (200.00).',
      stopLoss: 'The stop loss must be above the entry price (200.00).',
    });
  });

  it('says what is wrong with each price of a bracket', () => {
    expect(errorsOf(bracket({ takeProfit: '195', stopLoss: '205' }))).to.deep.equal({
      takeProfit: 'The take profit must be above the entry price (200.00).',
      stopLoss: 'The stop loss must be below the entry price (200.00).',
    });
    expect(errorsOf(bracket({ takeProfit: '', stopLoss: '' }))).to.deep.equal({
      takeProfit: 'Enter a take-profit price.',
      stopLoss: 'Enter a stop-loss price.',
    });
    expect(errorsOf(bracket({ takeProfit: 'abc', stopLoss: '-1' }))).to.deep.equal({
      takeProfit: 'Enter the take-profit price as a number, e.g. 12.50.',
      stopLoss: 'The stop-loss price must be greater than zero.',
    });
    expect(errorsOf(bracket({ takeProfit: '220.005', stopLoss: '189.999' }))).to.deep.equal({
      takeProfit: 'The take-profit price must be a multiple of 0.01.',
      stopLoss: 'The stop-loss price must be a multiple of 0.01.',
    });
    expect(errorsOf(bracket({ type: 'Market' }))).to.deep.equal({
      type: 'The entry of a conditional order cannot be a market order: choose another type.',
    });
    expect(errorsOf(bracket({ side: 'Sell' }))).to.deep.include({
      side: 'A bracket or a one-triggers-other order opens a position: choose Buy or Sell short.',
    });
  });

  it('builds an OCO exit (limit + stop on the chosen side) and checks the pair', () => {
    const oco = (over: Partial<OrderDraft> = {}) =>
      draft({
        attach: 'OCO',
        side: 'Sell',
        type: 'Market',
        takeProfit: '220',
        stopLoss: '190',
        ...over,
      });
    const { order } = checkTicketOrder(oco(), ctx);
    expect(order).to.deep.include({ Symbol: '', Type: 'OneCancelOther' });
    expect(order!.Legs!.map((l) => [l.Side, l.Type, l.Price ?? l.StopPrice])).to.deep.equal([
      ['Sell', 'Limit', 220],
      ['Sell', 'Stop', 190],
    ]);
    expect(describeTicketOrder(order!, 'en-US')).to.equal(
      'Sell 10 AAPL: take profit 220.00 / stop 190.00, one cancels the other',
    );
    expect(errorsOf(oco({ takeProfit: '180' }))).to.deep.equal({
      takeProfit: 'The take profit must be above the stop loss (190.00).',
    });
    expect(errorsOf(oco({ side: 'BuyToCover' }))).to.deep.equal({
      takeProfit: 'The take profit must be below the stop loss (190.00).',
    });
    expect(errorsOf(oco({ side: 'Buy' }))).to.deep.equal({
      side: 'A one-cancels-other order exits a position: choose Sell or Buy to cover.',
    });
  });

  it('reads an OCO on an option contract with the contract in words and the option side', () => {
    const leg = { Symbol: 'AAPL  250117C00230000', Side: 'Sell', Quantity: 2 } as const;
    const order: CreateOrderResource = {
      Symbol: '',
      Type: 'OneCancelOther',
      Legs: [
        { ...leg, Type: 'Limit', Price: 5 },
        { ...leg, Type: 'Stop', StopPrice: 2 },
      ],
    };
    expect(describeTicketOrder(order, 'en-GB')).to.equal(
      'Sell to close 2 AAPL 17 Jan 25 230 Call: take profit 5.00 / stop 2.00, one cancels the other',
    );
  });

  it('builds an OTO (entry, then one exit) and checks the follow-up price', () => {
    const oto = (over: Partial<OrderDraft> = {}) =>
      draft({ attach: 'OTO', thenType: 'Limit', thenPrice: '215', ...over });
    const { order } = checkTicketOrder(oto(), ctx);
    expect(order).to.deep.include({ Symbol: '', Type: 'OneTriggerOther' });
    expect(order!.Legs!.map((l) => [l.Side, l.Type, l.Price ?? l.StopPrice])).to.deep.equal([
      ['Buy', 'Limit', 200],
      ['Sell', 'Limit', 215],
    ]);
    expect(describeTicketOrder(order!, 'en-US')).to.equal(
      'Buy 10 AAPL · Limit limit 200.00 · then Sell 10 AAPL · Limit limit 215.00',
    );
    expect(errorsOf(oto({ thenPrice: '195' }))).to.deep.equal({
      thenPrice: 'The price of the order it triggers must be above the entry price (200.00).',
    });
    expect(errorsOf(oto({ thenType: 'Stop', thenPrice: '205' }))).to.deep.equal({
      thenPrice: 'The price of the order it triggers must be below the entry price (200.00).',
    });
    expect(errorsOf(oto({ thenPrice: '' }))).to.deep.equal({
      thenPrice: 'Enter the price of the order it triggers.',
    });
    expect(errorsOf(oto({ thenPrice: '1.001' }))).to.deep.equal({
      thenPrice: 'The price of the order it triggers must be a multiple of 0.01.',
    });
  });

  it('builds trailing stops by amount or percent, with a limit offset, and says what is wrong', () => {
    const trailing = (over: Partial<OrderDraft> = {}) =>
      draft({ type: 'TrailingStop', side: 'Sell', limitPrice: '', trailAmount: '1.50', ...over });
    expect(checkTicketOrder(trailing(), ctx).order).to.deep.equal({
      Symbol: 'AAPL',
      Side: 'Sell',
      Type: 'TrailingStop',
      Quantity: 10,
      TimeInforce: 'Day',
      TrailingStopAmount: 1.5,
      TrailingStopAmountType: 'Absolute',
    });
    const percent = checkTicketOrder(
      trailing({
        type: 'TrailingStopLimit',
        trailUnit: 'Persentage',
        trailAmount: '5',
        trailLimitOffset: '0.10',
      }),
      ctx,
    ).order!;
    expect(percent).to.deep.include({
      TrailingStopAmount: 5,
      TrailingStopAmountType: 'Persentage',
      TrailingLimitAmount: 0.1,
      TrailingLimitAmountType: 'Absolute',
    });
    expect(describeTicketOrder(percent, 'en-US')).to.equal(
      'Sell 10 AAPL · Trailing stop limit trail 5 % limit offset 0.10',
    );
    const messages: [Partial<OrderDraft>, string, string][] = [
      [{ trailAmount: '' }, 'trailAmount', 'Enter a trailing amount.'],
      [{ trailAmount: 'x' }, 'trailAmount', 'Enter the trailing amount as a number, e.g. 1.50.'],
      [{ trailAmount: '0' }, 'trailAmount', 'The trailing amount must be greater than zero.'],
      [{ trailAmount: '1.555' }, 'trailAmount', 'The trailing amount must be a multiple of 0.01.'],
      [{ trailUnit: 'Persentage', trailAmount: '' }, 'trailAmount', 'Enter a trailing percent.'],
      [
        { trailUnit: 'Persentage', trailAmount: 'x' },
        'trailAmount',
        'Enter the trailing percent as a number, e.g. 5.',
      ],
      [
        { trailUnit: 'Persentage', trailAmount: '100' },
        'trailAmount',
        'The trailing percent must be between 0 and 100.',
      ],
      [
        { trailUnit: 'Persentage', trailAmount: '0' },
        'trailAmount',
        'The trailing percent must be between 0 and 100.',
      ],
      [{ type: 'TrailingStopLimit' }, 'trailLimitOffset', 'Enter the limit offset.'],
      [
        { type: 'TrailingStopLimit', trailLimitOffset: 'x' },
        'trailLimitOffset',
        'Enter the limit offset as a number, e.g. 0.50.',
      ],
      [
        { type: 'TrailingStopLimit', trailLimitOffset: '-1' },
        'trailLimitOffset',
        'The limit offset cannot be negative.',
      ],
      [
        { type: 'TrailingStopLimit', trailLimitOffset: '0.001' },
        'trailLimitOffset',
        'The limit offset must be a multiple of 0.01.',
      ],
    ];
    for (const [over, fieldName, message] of messages)
      expect(errorsOf(trailing(over)), JSON.stringify(over)).to.deep.equal({
        [fieldName]: message,
      });
  });
});
