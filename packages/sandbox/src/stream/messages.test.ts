import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AccountBalance, WorldEvent } from '../contract.ts';
import {
  BALANCE_ITEM_ORDER,
  NO_DATE_MS,
  balanceMessage,
  eventMessage,
  eventTopic,
  formatStreamDate,
  orderMessage,
  positionMessage,
  priceAlertMessage,
  quoteMessage,
  watchlistContentMessage,
  watchlistMessage,
} from './messages.ts';

const allStrings = (message: Record<string, unknown>): void => {
  for (const [name, value] of Object.entries(message)) {
    assert.equal(typeof value, 'string', `${name} should be a string, got ${typeof value}`);
  }
};

test('formatStreamDate writes MM/dd/yyyy HH:mm:ss in UTC, and the epoch for no date', () => {
  assert.equal(formatStreamDate('2026-03-05T14:07:09.123Z'), '03/05/2026 14:07:09');
  assert.equal(formatStreamDate(Date.UTC(2015, 7, 11, 13, 51, 18)), '08/11/2015 13:51:18');
  assert.equal(formatStreamDate(undefined), '01/01/1970 00:00:00');
  assert.equal(formatStreamDate('not a date'), '01/01/1970 00:00:00');
});

test('quoteMessage: Key is the SecurityId, every value a string, dates MM/dd/yyyy', () => {
  const message = quoteMessage(5, {
    SecurityId: 5,
    Symbol: 'AAPL',
    Bid: 72.9,
    Ask: 76,
    Last: 69,
    Price: 69.5,
    BidSize: 23,
    AskSize: 36,
    Volume: 1200,
    Change: -0.25,
    ChangePc: -0.36,
    Date: '2026-11-23T15:30:00Z',
    Timestamp: '2026-11-23T15:30:01Z',
  });
  allStrings(message);
  assert.equal(message.EntityType, 'Quote');
  assert.equal(message.Key, '5');
  assert.equal(message.Bid, '72.9');
  assert.equal(message.Ask, '76');
  assert.equal(message.Last, '69');
  assert.equal(message.Price, '69.5');
  assert.equal(message.Change, '-0.25');
  assert.equal(message.Date, '11/23/2026 15:30:00');
  assert.equal(message.BidTime, '11/23/2026 15:30:01');
  assert.equal(message.Open, '0', 'absent numbers are "0"');
  assert.equal('Cmd' in message, false);
});

test('orderMessage: Unix ms dates with a New York DateOffset, five-decimal quantities', () => {
  const summer = '2026-07-01T14:00:00.000Z';
  const message = orderMessage(140, {
    Id: 9626,
    SecurityId: 4,
    Symbol: 'AAPL',
    Quantity: 100,
    Price: 100,
    ExecutedQuantity: 0,
    LeavesQuantity: 100,
    Side: 'Buy',
    Status: 'New',
    ExecutionStatus: 'New',
    Type: 'Limit',
    TimeInForce: 'Day',
    AccountId: 140,
    Date: summer,
    TransactionDate: summer,
  });
  allStrings(message);
  assert.equal(message.EntityType, 'Order');
  assert.equal(message.Key, '140');
  assert.equal(message.AccountId, '140');
  assert.equal(message.Id, '9626');
  assert.equal(message.Quantity, '100.00000');
  assert.equal(message.LeavesQuantity, '100.00000');
  assert.equal(message.Date, String(Date.parse(summer)));
  assert.equal(message.CreateDate, String(Date.parse(summer)));
  assert.equal(message.DateOffset, String(-4 * 3_600_000));
  assert.equal(message.ExpireDate, String(NO_DATE_MS), 'no expiry is .NET DateTime.MinValue');
  assert.equal(message.ParentId, '-1');
  assert.equal(message.InitialType, 'Limit');
  assert.equal(message.RejectReason, '');
});

test('orderMessage: a rejected order carries its reason; winter dates have a -5 h offset', () => {
  const message = orderMessage(1, {
    Status: 'Rejected',
    ErrorDescriptionText: 'Not enough buying power',
    Date: '2026-01-15T15:00:00Z',
  });
  assert.equal(message.RejectReason, 'Not enough buying power');
  assert.equal(message.DateOffset, String(-5 * 3_600_000));
});

test('positionMessage: ms dates with …Offset fields, five decimals, all strings', () => {
  const message = positionMessage(140, {
    Id: 2785,
    AccountId: 140,
    SecurityId: 738835,
    Symbol: 'MSFT',
    Quantity: 4,
    CostBasis: 960,
    AverageOpenPrice: 240,
    CreateDate: '2026-05-26T10:34:20.645Z',
    ModifyDate: '2026-05-26T10:34:20.645Z',
  });
  allStrings(message);
  assert.equal(message.EntityType, 'Position');
  assert.equal(message.Key, '140');
  assert.equal(message.Quantity, '4.00000');
  assert.equal(message.CostBasis, '960.00000');
  assert.equal(message.CreateDate, String(Date.parse('2026-05-26T10:34:20.645Z')));
  assert.equal(message.CreateDateOffset, '-14400000');
  assert.equal(message.ModifyDateOffset, '-14400000');
  assert.equal(message.UnderlyingId, '-1');
});

const balance: AccountBalance = {
  cash: 1000.5,
  netCash: 1000.5,
  excess: 1000,
  pendingCash: 12,
  changeAbsolute: -3.25,
  changePercent: -0.1,
  equityTotal: 5000,
  netLiquidity: 5000,
  marketValue: 4000,
  pendingOrdersCount: 2,
  dayTrades: 0,
  stockLongMarketValue: 4000,
  stockShortMarketValue: 0,
  optionLongMarketValue: 0,
  optionShortMarketValue: 0,
  forexLongMarketValue: 0,
  forexShortMarketValue: 0,
  stockBuyingPower: 2000,
  optionBuyingPower: 1000,
  forexBuyingPower: 1000,
  dayTradingBuyingPower: 4000,
  maintenanceMargin: 0,
  optionMaintenanceMargin: 0,
  openPL: 10,
  openPLDay: -3.25,
  openPLPercent: 0.25,
  closePL: 0,
  totalPL: 10,
};

test('balanceMessage: Items is a JSON string of every camelCase balance field with numeric values', () => {
  const message = balanceMessage(140, balance);
  allStrings(message);
  assert.equal(message.EntityType, 'AccountBalance');
  assert.equal(message.Key, '140');
  assert.equal(message.AccountId, '140');
  assert.equal(message.CashBalance, '1000.5');
  assert.equal(message.PendingCash, '12');
  assert.equal(message.PendingOrdersCount, '2');
  const items = JSON.parse(message.Items) as { Name: string; Value: number }[];
  assert.deepEqual(items.map((i) => i.Name).sort(), Object.keys(balance).sort());
  assert.equal(items.length, BALANCE_ITEM_ORDER.length);
  assert.deepEqual(items[0], { Name: 'cash', Value: 1000.5 });
  assert.deepEqual(
    items.find((i) => i.Name === 'openPLDay'),
    { Name: 'openPLDay', Value: -3.25 },
  );
});

test('watchlistMessage: lowercase id, Key and UserId are the user, IsDeleted True/False', () => {
  const watchlist = {
    Id: 3013,
    Name: 'Stocks',
    Type: 'UserList' as const,
    CreateDate: '2015-09-08T09:20:49Z',
  };
  const live = watchlistMessage(1159, watchlist, false);
  allStrings(live);
  assert.equal(live.id, '3013');
  assert.equal('Id' in live, false);
  assert.equal(live.Key, '1159');
  assert.equal(live.UserId, '1159');
  assert.equal(live.IsDeleted, 'False');
  assert.equal(live.CreateDate, '09/08/2015 09:20:49');
  assert.equal(watchlistMessage(1159, watchlist, true).IsDeleted, 'True');
});

test('watchlistContentMessage: security ids joined with ";", "null" when empty', () => {
  assert.deepEqual(watchlistContentMessage(287, [680410], []), {
    EntityType: 'WatchlistContent',
    Key: '287',
    AddedSymbols: '680410',
    RemovedSymbols: 'null',
  });
  assert.equal(watchlistContentMessage(287, [], [1, 2]).RemovedSymbols, '1;2');
  assert.equal(watchlistContentMessage(287, [], [1, 2]).AddedSymbols, 'null');
});

test('priceAlertMessage: keyed by user, REST fields as strings, IsDeleted', () => {
  const message = priceAlertMessage(
    7,
    {
      Id: 3,
      SecurityId: 5,
      Symbol: 'AAPL',
      Field: 'Last',
      Operator: '>',
      Argument: 150.5,
      State: 'Completed',
      CreatedDate: 1_700_000_000,
    },
    false,
  );
  allStrings(message);
  assert.equal(message.EntityType, 'PriceAlert');
  assert.equal(message.Key, '7');
  assert.equal(message.Argument, '150.5');
  assert.equal(message.State, 'Completed');
  assert.equal(message.CreatedDate, '1700000000');
  assert.equal(message.IsDeleted, 'False');
});

test('eventTopic and eventMessage key every world event as the protocol does', () => {
  const events: [WorldEvent, string, number][] = [
    [{ type: 'quote', securityId: 5, quote: { Last: 1 } }, 'Quote', 5],
    [{ type: 'order', accountId: 140, order: { Id: 1 } }, 'Order', 140],
    [{ type: 'position', accountId: 140, position: { Id: 1 } }, 'Position', 140],
    [{ type: 'balance', accountId: 140, balance }, 'AccountBalance', 140],
    [{ type: 'watchlist', userId: 9, watchlist: { Id: 1 }, deleted: false }, 'Watchlist', 9],
    [
      { type: 'watchlistContent', userId: 9, watchlistId: 33, added: [1], removed: [] },
      'WatchlistContent',
      33,
    ],
    [{ type: 'alert', userId: 9, alert: { Id: 1 }, deleted: true }, 'PriceAlert', 9],
  ];
  for (const [event, entityType, key] of events) {
    assert.deepEqual(eventTopic(event), { entityType, key });
    const message = eventMessage(event);
    assert.equal(message.EntityType, entityType);
    assert.equal(message.Key, String(key));
    allStrings(message);
  }
});
