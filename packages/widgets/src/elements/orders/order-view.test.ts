import { expect } from '@open-wc/testing';
import type { OrderResource } from '@autoshares/client';
import { checkReplace, describeOrder, matchesFilter } from './order-view.ts';

const order = (o: Partial<OrderResource>) =>
  ({
    Id: 1,
    Symbol: 'MSFT',
    Side: 'Buy',
    Type: 'Limit',
    Quantity: 10,
    Price: 380,
    ExecutedQuantity: 0,
    Status: 'New',
    ...o,
  }) as OrderResource;

describe('orders/order-view', () => {
  it('filters by status group', () => {
    expect(matchesFilter(order({ Status: 'PartiallyFilled' }), 'open')).to.equal(true);
    expect(matchesFilter(order({ Status: 'Filled' }), 'open')).to.equal(false);
    expect(matchesFilter(order({ Status: 'Canceled' }), 'cancelled')).to.equal(true);
    expect(matchesFilter(order({ Status: 'Rejected' }), 'all')).to.equal(true);
  });

  it('writes orders out in words', () => {
    expect(describeOrder(order({}), 'en-US')).to.equal('Buy 10 MSFT, Limit 380.00');
    const option = order({ Symbol: 'AAPL  250117C00230000', Side: 'SellShort', Quantity: 2 });
    expect(describeOrder({ ...option, Price: 1.25 }, 'en-GB')).to.equal(
      'Sell to open 2 AAPL 17 Jan 25 230 Call, Limit 1.25',
    );
  });

  it('validates a replacement before it is sent', () => {
    const o = order({ ExecutedQuantity: 4 });
    expect(checkReplace(o, { quantity: '12', price: '379.5' })).to.deep.equal({
      errors: {},
      changes: { Quantity: 12, Price: 379.5 },
    });
    expect(checkReplace(o, { quantity: '4', price: '380' }).errors.quantity).to.match(
      /more than the 4/,
    );
    expect(checkReplace(o, { quantity: '1.5', price: '380' }).errors.quantity).to.match(
      /whole number/,
    );
    expect(checkReplace(o, { quantity: '12', price: '-1' }).errors.price).to.match(/positive/);
    expect(checkReplace(o, { quantity: '12', price: '1.001' }).errors.price).to.match(/decimals/);
    expect(checkReplace(o, { quantity: '10', price: '380' }).errors.form).to.match(
      /Change the quantity/,
    );
    const stop = order({ Type: 'Stop', StopPrice: 12, Price: 0 });
    expect(checkReplace(stop, { quantity: '10', stopPrice: '11' }).changes).to.deep.equal({
      Quantity: 10,
      StopPrice: 11,
    });
  });
});
