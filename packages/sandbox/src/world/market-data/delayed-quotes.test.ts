import { test } from 'node:test';
import assert from 'node:assert/strict';
import { World } from '../world.ts';
import { KEEP_MS, SPACING_MS } from './delayed-quotes.ts';
import { MARKET_DATA_DELAY_MS } from './agreements.ts';

const START = Date.parse('2026-03-11T14:00:00Z');

test('the tape answers the quote of 15 minutes ago; the last quote of a spacing window stands for it', () => {
  let now = START;
  const world = new World({ now: () => now });
  const id = world.market.security('MSFT')!.Id!;
  const starting = world.delayedQuote(id, MARKET_DATA_DELAY_MS)!;
  assert.equal(starting.Date, new Date(START - MARKET_DATA_DELAY_MS).toISOString());
  const prices: number[] = [];
  for (let minute = 0; minute < 40; minute++) {
    now = START + minute * 60_000;
    world.setPrice(id, 400 + minute);
    world.setPrice(id, 500 + minute); // later in the same spacing window: it replaces the first
    prices.push(world.market.lastPrice(id)!);
  }
  now = START + 39 * 60_000 + SPACING_MS;
  assert.equal(world.delayedQuote(id, MARKET_DATA_DELAY_MS)!.Last, prices[24]);
  assert.equal(world.delayedQuote(id, 0)!.Last, prices[39]);
  assert.ok(KEEP_MS > MARKET_DATA_DELAY_MS, 'the tape keeps what the delay needs');
});

test('the demo users are delayed until they sign; fresh users are real time', () => {
  const world = new World({ now: () => START });
  const demo = world.users.byUsername('demo')!;
  assert.equal(world.quoteDelayMs(demo.id), MARKET_DATA_DELAY_MS);
  assert.equal(world.quoteDelayMs(world.createFreshUser().id), 0);
  world.agreements.sign(demo.id, 1);
  assert.equal(world.quoteDelayMs(demo.id), 0);
});
