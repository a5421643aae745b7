import { expect } from '@open-wc/testing';
import { claimOrderAnnouncement } from './announced-orders.ts';

describe('orders/announced-orders', () => {
  it('lets the first element claim an order status; later claims of the same status stay quiet', () => {
    const client = {};
    expect(claimOrderAnnouncement(client, 7, 'PartiallyFilled')).to.equal(true);
    expect(claimOrderAnnouncement(client, 7, 'PartiallyFilled')).to.equal(false);
    expect(claimOrderAnnouncement(client, 7, 'Filled'), 'a new status').to.equal(true);
    expect(claimOrderAnnouncement(client, 8, 'Filled'), 'another order').to.equal(true);
    expect(claimOrderAnnouncement(client, 7, 'Filled')).to.equal(false);
  });

  it('keeps each session client apart', () => {
    const one = {};
    const two = {};
    expect(claimOrderAnnouncement(one, 1, 'Filled')).to.equal(true);
    expect(claimOrderAnnouncement(two, 1, 'Filled')).to.equal(true);
  });
});
