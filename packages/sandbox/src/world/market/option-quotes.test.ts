/**
 * Option quotes in the market: a watched contract is re-quoted on its underlying's moves (and
 * only then), the same seed and calls give the same quotes, and a forced value holds.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { QuoteModel, WorldEvent } from '../../contract.ts';
import { Random } from '../random.ts';
import { Market } from './market.ts';

const START = Date.UTC(2026, 2, 10, 15);

function makeMarket() {
  const quotes: { id: number; quote: QuoteModel }[] = [];
  const market = new Market({
    random: new Random(5),
    now: () => START,
    emit: (e: WorldEvent) => {
      if (e.type === 'quote') quotes.push({ id: e.securityId, quote: e.quote });
    },
  });
  const option = market.options.optionChain('NVDA')!.Expirations![1].Options![10]!;
  return { market, quotes, option, nvda: market.security('NVDA')!.Id! };
}

test('a contract is re-quoted when its underlying moves while it is watched, and not once unwatched', () => {
  const { market, quotes, option, nvda } = makeMarket();
  const forContract = () => quotes.filter((q) => q.id === option.Id).length;
  market.setPrice(nvda, market.lastPrice(nvda)! * 1.01);
  assert.equal(forContract(), 0, 'nobody watches it');
  market.watchQuote(option.Id!, true);
  market.watchQuote(option.Id!, true);
  market.setPrice(nvda, market.lastPrice(nvda)! * 1.01);
  assert.equal(forContract(), 1);
  market.watchQuote(option.Id!, false);
  market.setPrice(nvda, market.lastPrice(nvda)! * 1.01);
  assert.equal(forContract(), 2, 'one watcher is left');
  market.watchQuote(option.Id!, false);
  market.setPrice(nvda, market.lastPrice(nvda)! * 1.01);
  assert.equal(forContract(), 2, 'no watcher left');
  market.setPrice(market.security('AAPL')!.Id!, 100);
  assert.equal(forContract(), 2, 'another underlying');
});

test('the same seed and calls give the same option quotes', () => {
  const run = () => {
    const { market, quotes, option, nvda } = makeMarket();
    market.watchQuote(option.Id!, true);
    for (let i = 0; i < 5; i++) market.setPrice(nvda, market.lastPrice(nvda)! + 1);
    market.tick(200);
    return quotes.filter((q) => q.id === option.Id).map((q) => q.quote);
  };
  const a = run();
  assert.ok(a.length >= 5);
  assert.deepEqual(run(), a);
});

test('a forced value centres the quote and trades there while it holds', () => {
  const { market, option } = makeMarket();
  assert.equal(market.setOptionPrice(option.Symbol!, 7.5, 60_000), true);
  const quote = market.quote(option.Id!)!;
  assert.equal(quote.Last, 7.5);
  assert.ok(quote.Bid! < 7.5 && quote.Ask! > 7.5);
  assert.equal(market.setOptionPrice('NVDA  200117C00100000', 7.5), false, 'unknown contract');
  assert.equal(market.setOptionPrice(option.Id!, -1), false, 'bad price');
});
