import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Random } from '../random.ts';
import { Market } from './market.ts';
import { blackScholes, osiSymbol } from './options.ts';

const START = Date.UTC(2026, 10, 23, 16);
const makeMarket = () => new Market({ random: new Random(9), now: () => START, emit: () => {} });

test('OSI symbols and Black-Scholes sanity', () => {
  assert.equal(osiSymbol('AAPL', Date.UTC(2025, 0, 17), 'Call', 230), 'AAPL  250117C00230000');
  assert.equal(osiSymbol('SPY', Date.UTC(2026, 11, 18), 'Put', 592.5), 'SPY   261218P00592500');
  const call = blackScholes('Call', 100, 100, 0.5, 0.3);
  const put = blackScholes('Put', 100, 100, 0.5, 0.3);
  // Put-call parity: C - P = S - K e^{-rT}
  assert.ok(Math.abs(call - put - (100 - 100 * Math.exp(-0.04 * 0.5))) < 0.01);
  assert.equal(blackScholes('Call', 120, 100, 0, 0.3), 20);
});

test('chains list Fridays with call/put pairs around the price; ids do not depend on call order', () => {
  const a = makeMarket();
  const b = makeMarket();
  const spyFirst = a.options.optionChain('SPY')!;
  b.options.optionChain('AAPL');
  assert.deepEqual(b.options.optionChain('SPY'), spyFirst);
  const exp = spyFirst.Expirations![0];
  assert.equal(new Date(exp.Expiration!).getUTCDay(), 5, 'a Friday');
  assert.equal(exp.Options!.length, 42);
  const spot = a.lastPrice('SPY')!;
  assert.ok(Math.abs(exp.CentralStrike! - spot) <= 10);
  assert.equal(a.options.optionChain('KO'), null);
  const types = a.options.expirations('SPY').map((e) => e.ExpirationType);
  assert.ok(types.includes('Weekly') && types.includes('Regular'));
});

test('option contracts have quotes, a last price and a watchlist view', () => {
  const market = makeMarket();
  const option = market.options.optionChain('AAPL')!.Expirations![2].Options![0];
  const quote = market.quote(option.Id!)!;
  assert.equal(quote.Symbol, option.Symbol);
  assert.ok(quote.Bid! < quote.Ask! && quote.Last! > 0);
  assert.equal(market.lastPrice(option.Symbol!), quote.Last);
  assert.equal(market.securityModel(option.Id!)?.UnderlyingSecuritySymbol, 'AAPL');
});
