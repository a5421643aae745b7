import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseStreamFrames, type StreamFrame } from './messages.ts';
import type { StreamMessage } from './stream-types.ts';

function one(frame: object | string): StreamFrame {
  const frames = parseStreamFrames(typeof frame === 'string' ? frame : JSON.stringify(frame));
  assert.equal(frames.length, 1);
  return frames[0];
}

function data(frame: object): StreamMessage {
  const parsed = one(frame);
  assert.equal(parsed.type, 'data', JSON.stringify(parsed));
  return (parsed as { message: StreamMessage }).message;
}

describe('stream message parsing', () => {
  it('parses a Quote: numbers, MM/dd/yyyy dates (01/01/1970 = none), key = SecurityId', () => {
    const msg = data({
      EntityType: 'Quote',
      Key: '5',
      Bid: '99.5',
      Ask: '100.25',
      Last: '100',
      Price: '100.1',
      Volume: '12345',
      ChangePc: '-0.52',
      IsHalted: 'False',
      Date: '11/23/2026 15:04:05',
      BidTime: '01/01/1970 00:00:00',
      AskMarket: 'NSDQ',
    });
    assert.equal(msg.entity, 'Quote');
    assert.equal(msg.key, '5');
    assert.deepEqual(msg.data, {
      SecurityId: 5,
      Bid: 99.5,
      Ask: 100.25,
      Last: 100,
      Price: 100.1,
      Volume: 12345,
      ChangePc: -0.52,
      IsHalted: false,
      Date: Date.UTC(2026, 10, 23, 15, 4, 5),
      BidTime: null, // ETNA's "no date"
      AskMarket: 'NSDQ',
    });
  });

  it('parses an Order: Unix ms dates with offsets, decimals, enums as text', () => {
    const msg = data({
      EntityType: 'Order',
      Key: '101',
      Id: '42',
      SecurityId: '5',
      Symbol: 'AAPL',
      Quantity: '100.00000',
      ExecutedQuantity: '40.00000',
      LeavesQuantity: '60.00000',
      Price: '101.50000',
      Side: 'Buy',
      Status: 'PartiallyFilled',
      Type: 'Limit',
      ExecInst: '0',
      Date: '1795446245000',
      DateOffset: '-18000000',
      ExpireDate: '-62135596800000',
      AccountId: '101',
      RejectReason: '',
    });
    assert.equal(msg.entity, 'Order');
    assert.equal(msg.key, '101');
    assert.deepEqual(msg.data, {
      Id: 42,
      SecurityId: 5,
      Symbol: 'AAPL',
      Quantity: 100,
      ExecutedQuantity: 40,
      LeavesQuantity: 60,
      Price: 101.5,
      Side: 'Buy',
      Status: 'PartiallyFilled',
      Type: 'Limit',
      ExecInst: 0,
      Date: 1795446245000,
      DateOffset: -18000000,
      ExpireDate: null, // .NET DateTime.MinValue: "no date"
      AccountId: 101,
    });
  });

  it('parses a Position; routes by AccountId when there is no Key', () => {
    const msg = data({
      EntityType: 'Position',
      AccountId: '101',
      Id: '9',
      SecurityId: '5',
      Symbol: 'AAPL',
      Quantity: '-10.00000',
      CostBasis: '1000.00000',
      AverageOpenPrice: '100.00000',
      CreateDate: '1795446245000',
      CreateDateOffset: '-18000000',
    });
    assert.equal(msg.key, '101');
    assert.deepEqual(msg.data, {
      AccountId: 101,
      Id: 9,
      SecurityId: 5,
      Symbol: 'AAPL',
      Quantity: -10,
      CostBasis: 1000,
      AverageOpenPrice: 100,
      CreateDate: 1795446245000,
      CreateDateOffset: -18000000,
    });
  });

  it('parses an AccountBalance whose Items is a JSON string of {Name, Value}', () => {
    const msg = data({
      EntityType: 'AccountBalance',
      Key: '101',
      AccountId: '101',
      CashBalance: '2500.5',
      PendingOrdersCount: '2',
      Items: JSON.stringify([
        { Name: 'cash', Value: 2500.5 },
        { Name: 'stockBuyingPower', Value: '5001' },
        { Name: 'openPL', Value: null },
      ]),
    });
    assert.equal(msg.entity, 'AccountBalance');
    assert.deepEqual(msg.data, {
      AccountId: 101,
      CashBalance: 2500.5,
      PendingOrdersCount: 2,
      Items: { cash: 2500.5, stockBuyingPower: 5001 },
    });
  });

  it('parses a UserBalance keyed by UserId', () => {
    const msg = data({
      EntityType: 'UserBalance',
      UserId: '7',
      CashBalance: '10',
      Items: '[{"Name":"netLiquidity","Value":"1234.5"}]',
    });
    assert.equal(msg.entity, 'UserBalance');
    assert.equal(msg.key, '7');
    assert.deepEqual(msg.data, { UserId: 7, CashBalance: 10, Items: { netLiquidity: 1234.5 } });
  });

  it('parses a Watchlist: lowercase id, IsDeleted "True"/"False", MM/dd/yyyy dates', () => {
    const msg = data({
      EntityType: 'Watchlist',
      id: '31',
      Key: '7',
      Name: 'Tech',
      Type: 'UserList',
      Description: '',
      CreateDate: '02/01/2026 09:30:00',
      IsDeleted: 'True',
      UserId: '7',
    });
    assert.equal(msg.key, '7');
    assert.deepEqual(msg.data, {
      Id: 31,
      Name: 'Tech',
      Type: 'UserList',
      CreateDate: Date.UTC(2026, 1, 1, 9, 30, 0),
      IsDeleted: true,
      UserId: 7,
    });
    const kept = data({ EntityType: 'Watchlist', id: '32', Key: '7', IsDeleted: 'False' });
    assert.equal((kept.data as { IsDeleted: boolean }).IsDeleted, false);
  });

  it('parses WatchlistContent id lists, "null" meaning none', () => {
    const msg = data({
      EntityType: 'WatchlistContent',
      Key: '31',
      AddedSymbols: '5;6',
      RemovedSymbols: 'null',
    });
    assert.equal(msg.key, '31');
    assert.deepEqual(msg.data, { WatchlistId: 31, AddedSymbols: [5, 6], RemovedSymbols: [] });
  });

  it('parses a PriceAlert (the sandbox shape: PriceAlertInfoModel as strings + IsDeleted), dates to ms', () => {
    const msg = data({
      EntityType: 'PriceAlert',
      Key: '7',
      Id: '3',
      UserId: '7',
      SecurityId: '5',
      Symbol: 'AAPL',
      Field: 'Bid',
      Operator: 'GTEQ',
      Argument: '200',
      State: 'Completed',
      CreatedDate: '1795446245',
      ExpirationDate: '1796446245',
      IsDeleted: 'False',
    });
    assert.equal(msg.key, '7');
    assert.deepEqual(msg.data, {
      Id: 3,
      UserId: 7,
      SecurityId: 5,
      Symbol: 'AAPL',
      Field: 'Bid',
      Operator: 'GTEQ',
      Argument: 200,
      State: 'Completed',
      CreatedDate: 1795446245000, // Unix seconds on the wire, epoch ms like the REST model
      ExpirationDate: 1796446245000,
      IsDeleted: false,
    });
  });

  it('parses commands with their StatusCode and SessionId', () => {
    assert.deepEqual(one({ Cmd: 'CreateSession.txt', StatusCode: 'Ok', SessionId: 'abc' }), {
      type: 'command',
      cmd: 'CreateSession.txt',
      statusCode: 'Ok',
      sessionId: 'abc',
      fields: { Cmd: 'CreateSession.txt', StatusCode: 'Ok', SessionId: 'abc' },
    });
    assert.equal((one({ Cmd: 'Ping' }) as { cmd: string }).cmd, 'Ping');
  });

  it('reports malformed JSON and wrong shapes as invalid instead of throwing', () => {
    const invalid = [
      '{"EntityType":"Quote","Key":"5","Bid":"1',
      '"just a string"',
      'null',
      JSON.stringify({ Key: '5', Bid: '1' }),
      JSON.stringify({ EntityType: 'Quote', Key: 'AAPL', Bid: '1' }),
      JSON.stringify({ EntityType: 'Order', Id: '1' }),
      JSON.stringify({ EntityType: 'Watchlist', Key: '7' }),
    ];
    for (const text of invalid) assert.equal(one(text).type, 'invalid', text);
    assert.deepEqual(parseStreamFrames(Buffer.from('{}')), [
      { type: 'invalid', reason: 'not a text frame' },
    ]);
  });

  it('marks entities it does not handle as unknown, and splits batched arrays', () => {
    assert.deepEqual(one({ EntityType: 'Candle', Key: '5' }), {
      type: 'unknown',
      entityType: 'Candle',
    });
    const frames = parseStreamFrames(
      JSON.stringify([{ Cmd: 'Ping' }, { EntityType: 'Quote', Key: '6', Last: '2' }]),
    );
    assert.deepEqual(
      frames.map((f) => f.type),
      ['command', 'data'],
    );
  });
});
