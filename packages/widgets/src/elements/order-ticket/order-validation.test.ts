import type { EquityResource } from '@autoshares/client';
import { expect } from '@open-wc/testing';
import { blankConditional } from './conditional-draft.ts';
import { isOnTick, normalizeDigits, parseNumberInput } from '../../format/number-input.ts';
import {
  checkOrder,
  MAX_ORDER_QUANTITY,
  type OrderContext,
  type OrderDraft,
} from './order-validation.ts';

const whole: EquityResource = {
  Id: 1,
  Symbol: 'SNAP',
  TickSize: 0.01,
  AllowShort: true,
  AllowTrade: true,
  Enabled: true,
  VolumePrecision: 0,
  FractionalSettings: { AllowTrade: 'Prohibited', Precision: 0, MaxQty: 0 },
};
const fractional: EquityResource = {
  ...whole,
  Symbol: 'AAPL',
  VolumePrecision: 4,
  FractionalSettings: { AllowTrade: 'Allowed', Precision: 4, MaxQty: 10_000 },
};

const draft = (over: Partial<OrderDraft> = {}): OrderDraft => ({
  symbol: 'SNAP',
  side: 'Buy',
  type: 'Market',
  quantity: '10',
  limitPrice: '',
  stopPrice: '',
  timeInForce: 'Day',
  expireDate: '',
  extendedHours: false,
  ...blankConditional(),
  ...over,
});
const ctx = (over: Partial<OrderContext> = {}): OrderContext => ({
  security: whole,
  quote: { Bid: 11.2, Ask: 11.25, Last: 11.22 },
  canShort: true,
  today: '2026-11-23',
  locale: 'en-US',
  ...over,
});

describe('number input', () => {
  it('normalises full-width and Arabic-Indic digits, and rejects separators and exponents', () => {
    expect(normalizeDigits('１２')).to.equal('12');
    expect(normalizeDigits('١٢')).to.equal('12');
    expect(normalizeDigits('١٢٫٥')).to.equal('12.5');
    expect(parseNumberInput('１２')).to.deep.equal({ kind: 'number', value: 12, decimals: 0 });
    expect(parseNumberInput('१०')).to.deep.include({ value: 10 });
    for (const bad of ['1,000', '1e3', 'Infinity', 'abc', '12abc', '--1', '1 000'])
      expect(parseNumberInput(bad).kind, bad).to.equal('invalid');
    expect(parseNumberInput('  ').kind).to.equal('empty');
    expect(parseNumberInput('2.50')).to.deep.equal({ kind: 'number', value: 2.5, decimals: 1 });
  });

  it('checks prices against the tick size without float noise', () => {
    expect(isOnTick(11.23, 0.01)).to.equal(true);
    expect(isOnTick(0.3, 0.1)).to.equal(true);
    expect(isOnTick(11.234, 0.01)).to.equal(false);
    expect(isOnTick(12.5, 0.25)).to.equal(true);
    expect(isOnTick(12.6, 0.25)).to.equal(false);
  });
});

describe('checkOrder', () => {
  it('builds the order from a valid draft', () => {
    const { errors, order } = checkOrder(
      draft({ type: 'Limit', quantity: '１２', limitPrice: '11.10', symbol: 'snap' }),
      ctx(),
    );
    expect(errors).to.deep.equal({});
    expect(order).to.deep.equal({
      Symbol: 'SNAP',
      Side: 'Buy',
      Type: 'Limit',
      Quantity: 12,
      TimeInforce: 'Day',
      Price: 11.1,
    });
  });

  it('rejects missing, non-positive, non-numeric and huge quantities', () => {
    expect(checkOrder(draft({ quantity: '' }), ctx()).errors.quantity).to.equal(
      'Enter a quantity.',
    );
    expect(checkOrder(draft({ quantity: '0' }), ctx()).errors.quantity).to.equal(
      'Enter a quantity greater than zero.',
    );
    expect(checkOrder(draft({ quantity: '-3' }), ctx()).errors.quantity).to.equal(
      'Enter a quantity greater than zero.',
    );
    expect(checkOrder(draft({ quantity: 'ten' }), ctx()).errors.quantity).to.equal(
      'Enter the quantity as a number, e.g. 10.',
    );
    expect(
      checkOrder(draft({ quantity: String(MAX_ORDER_QUANTITY + 1) }), ctx()).errors.quantity,
    ).to.equal('The quantity cannot exceed 1,000,000 shares in one order.');
  });

  it('allows fractions only where the security does, within its precision and max', () => {
    expect(checkOrder(draft({ quantity: '1.5' }), ctx()).errors.quantity).to.equal(
      'SNAP can only be traded in whole shares.',
    );
    expect(
      checkOrder(draft({ symbol: 'AAPL', quantity: '1.5' }), ctx({ security: fractional })).errors,
    ).to.deep.equal({});
    expect(
      checkOrder(draft({ symbol: 'AAPL', quantity: '1.123456' }), ctx({ security: fractional }))
        .errors.quantity,
    ).to.equal('AAPL allows at most 4 decimal places in the quantity.');
    expect(
      checkOrder(draft({ symbol: 'AAPL', quantity: '20000.5' }), ctx({ security: fractional }))
        .errors.quantity,
    ).to.equal('A fractional quantity of AAPL cannot exceed 10,000 shares.');
  });

  it('needs the prices the type uses, on the tick', () => {
    expect(checkOrder(draft({ type: 'Limit' }), ctx()).errors.limitPrice).to.equal(
      'Enter a limit price.',
    );
    const stopLimit = checkOrder(draft({ type: 'StopLimit' }), ctx()).errors;
    expect(stopLimit.limitPrice).to.equal('Enter a limit price.');
    expect(stopLimit.stopPrice).to.equal('Enter a stop price.');
    expect(
      checkOrder(draft({ type: 'Limit', limitPrice: '11.234' }), ctx()).errors.limitPrice,
    ).to.equal('The limit price must be a multiple of 0.01.');
    expect(
      checkOrder(draft({ type: 'Limit', limitPrice: 'abc' }), ctx()).errors.limitPrice,
    ).to.equal('Enter the limit price as a number, e.g. 12.50.');
    expect(checkOrder(draft({ type: 'Limit', limitPrice: '0' }), ctx()).errors.limitPrice).to.equal(
      'The limit price must be greater than zero.',
    );
  });

  it('puts stops on the right side of the market', () => {
    expect(
      checkOrder(draft({ type: 'Stop', stopPrice: '11.00' }), ctx()).errors.stopPrice,
    ).to.equal('A buy stop must be above the current ask (11.25).');
    expect(
      checkOrder(draft({ side: 'Sell', type: 'Stop', stopPrice: '11.50' }), ctx()).errors.stopPrice,
    ).to.equal('A sell stop must be below the current bid (11.20).');
    expect(checkOrder(draft({ type: 'Stop', stopPrice: '11.50' }), ctx()).errors).to.deep.equal({});
    // no quote yet: left to the server
    expect(
      checkOrder(draft({ type: 'Stop', stopPrice: '1.00' }), ctx({ quote: undefined })).errors,
    ).to.deep.equal({});
  });

  it('needs a GTD date after today', () => {
    const gtd = (expireDate: string) =>
      checkOrder(draft({ timeInForce: 'GoodTillDate', expireDate }), ctx());
    expect(gtd('').errors.expireDate).to.equal('Choose the date the order is good till.');
    expect(gtd('2026-11-22').errors.expireDate).to.equal(
      'Choose a date after today (for today only, use Day).',
    );
    expect(gtd('2026-11-23').errors.expireDate).to.match(/after today/);
    expect(gtd('2026-02-30').errors.expireDate).to.equal('Enter a valid date.');
    expect(gtd('2026-11-24').order?.ExpireDate).to.equal(Date.UTC(2026, 10, 24, 21));
  });

  it('knows unknown symbols, untradable ones and short selling rules', () => {
    expect(checkOrder(draft({ symbol: 'ZZZZ' }), ctx({ security: null })).errors.symbol).to.equal(
      'No security found for “ZZZZ”.',
    );
    expect(checkOrder(draft({ symbol: ' ' }), ctx()).errors.symbol).to.equal('Choose a symbol.');
    expect(
      checkOrder(draft(), ctx({ security: { ...whole, AllowTrade: false } })).errors.symbol,
    ).to.equal('SNAP cannot be traded.');
    expect(checkOrder(draft({ side: 'SellShort' }), ctx({ canShort: false })).errors.side).to.equal(
      'Short selling needs a margin account.',
    );
    expect(
      checkOrder(draft({ side: 'SellShort' }), ctx({ security: { ...whole, AllowShort: false } }))
        .errors.side,
    ).to.equal('SNAP cannot be sold short.');
  });

  it('sends extended hours only for limit orders', () => {
    expect(
      checkOrder(draft({ type: 'Limit', limitPrice: '11', extendedHours: true }), ctx()).order
        ?.ExtendedHours,
    ).to.equal('ALL');
    expect(checkOrder(draft({ extendedHours: true }), ctx()).order?.ExtendedHours).to.equal(
      undefined,
    );
  });
});
