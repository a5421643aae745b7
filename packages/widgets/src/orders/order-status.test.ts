import { expect } from '@open-wc/testing';
import { hasLimitPrice, hasStopPrice, statusLabel, statusTone } from './order-status.ts';

describe('orders/order-status', () => {
  it('writes statuses out in words', () => {
    expect(statusLabel('PendingCancel')).to.equal('Pending cancel');
    expect(statusLabel('PartiallyFilled')).to.equal('Partially filled');
    expect(statusLabel('Canceled')).to.equal('Cancelled');
    expect(statusLabel('Filled')).to.equal('Filled');
    expect(statusLabel(undefined)).to.equal('—');
  });

  it('gives rejections a danger tone and pending states a warning tone', () => {
    expect(statusTone('Rejected')).to.equal('danger');
    expect(statusTone('Error')).to.equal('danger');
    expect(statusTone('PendingNew')).to.equal('warning');
    expect(statusTone('PendingReplace')).to.equal('warning');
    expect(statusTone('Filled')).to.equal(undefined);
  });

  it('knows which prices an order type uses', () => {
    expect([hasLimitPrice({ Type: 'Limit' }), hasStopPrice({ Type: 'Limit' })]).to.deep.equal([
      true,
      false,
    ]);
    expect([hasLimitPrice({ Type: 'Stop' }), hasStopPrice({ Type: 'Stop' })]).to.deep.equal([
      false,
      true,
    ]);
    expect([
      hasLimitPrice({ Type: 'StopLimit' }),
      hasStopPrice({ Type: 'StopLimit' }),
    ]).to.deep.equal([true, true]);
    expect([hasLimitPrice({ Type: 'Market' }), hasStopPrice({ Type: 'Market' })]).to.deep.equal([
      false,
      false,
    ]);
  });
});
