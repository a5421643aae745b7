import { expect } from '@open-wc/testing';
import { rejectionReason, statusAnnouncement, type AnnouncedOrder } from './order-announcement.ts';

const order = (o: AnnouncedOrder): AnnouncedOrder => ({
  Id: 1,
  Symbol: 'AAPL',
  Side: 'Buy',
  Quantity: 3,
  ...o,
});

describe('orders/order-announcement', () => {
  it('names an option contract in words, with the option side', () => {
    const option = order({ Symbol: 'AAPL  250117C00230000', Quantity: 2 });
    expect(
      statusAnnouncement({ ...option, Status: 'Filled', AveragePrice: 1.25 }, 'en-GB'),
    ).to.equal('Order filled: bought to open 2 AAPL 17 Jan 25 230 Call at 1.25.');
    expect(
      statusAnnouncement({ ...option, Status: 'Canceled', Side: 'BuyToCover' }, 'en-GB'),
    ).to.equal('Order cancelled: buy to close 2 AAPL 17 Jan 25 230 Call.');
  });

  it('says what was filled, how much and at what price', () => {
    expect(statusAnnouncement(order({ Status: 'Filled', AveragePrice: 190.12 }), 'en-US')).to.equal(
      'Order filled: bought 3 AAPL at 190.12.',
    );
    expect(
      statusAnnouncement(
        order({
          Status: 'PartiallyFilled',
          Side: 'SellShort',
          ExecutedQuantity: 1,
          AveragePrice: 190.5,
        }),
        'en-US',
      ),
    ).to.equal('Order partially filled: sold short 1 of 3 AAPL at 190.50.');
  });

  it("formats in the session's locale", () => {
    expect(
      statusAnnouncement(
        order({ Status: 'Filled', Quantity: 1200, AveragePrice: 1234.5 }),
        'de-DE',
      ),
    ).to.equal('Order filled: bought 1.200 AAPL at 1.234,50.');
  });

  it('names rejections with their reason, and cancellations and expiries', () => {
    expect(
      statusAnnouncement(order({ Status: 'Rejected', RejectReason: 'Not enough buying power.' })),
    ).to.equal('Order rejected (buy 3 AAPL): Not enough buying power.');
    expect(statusAnnouncement(order({ Status: 'Canceled', Side: 'Sell' }))).to.equal(
      'Order cancelled: sell 3 AAPL.',
    );
    expect(statusAnnouncement(order({ Status: 'Expired' }))).to.equal('Order expired: buy 3 AAPL.');
    expect(rejectionReason({})).to.equal('no reason was given.');
  });

  it('stays quiet for statuses a trader need not hear', () => {
    for (const Status of ['New', 'PendingNew', 'PendingCancel', 'Replaced'] as const)
      expect(statusAnnouncement(order({ Status })), Status).to.equal(undefined);
  });
});
