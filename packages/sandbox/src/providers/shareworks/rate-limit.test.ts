/** The seed's non-POST thresholds, counted on a hand-driven clock. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RateLimiter } from './rate-limit.ts';

describe('Shareworks RateLimiter', () => {
  it('allows 18/s over 5 s but refuses the 1441st GET within 2 minutes (12/s active)', () => {
    let now = 0;
    const limiter = new RateLimiter(() => now);
    let allowed = 0;
    // 80 hits every 5 s: under the burst threshold (90), over the active one (1440 / 120 s) at 90 s.
    while (allowed < 1440) {
      for (let i = 0; i < 80 && allowed < 1440; i++, allowed++)
        assert.equal(limiter.hit('WS1', 'GET'), null, `hit ${allowed + 1}`);
      now += 5000;
    }
    const wait = limiter.hit('WS1', 'GET');
    assert.ok(wait !== null && wait > 5, `refused until the 2-minute window frees, got ${wait}`);
    assert.equal(limiter.hit('WS2', 'GET'), null, 'another client has its own counters');
    assert.equal(limiter.hit('WS1', 'POST'), null, 'POSTs are counted apart');
  });
});

describe('Shareworks RateLimiter per client', () => {
  it("one client's own thresholds leave the others on the shared ones", () => {
    const limiter = new RateLimiter(() => 0);
    limiter.ownLimitsOf('WS1').get.burstPerSecond = 0.2; // one hit in 5 s
    assert.equal(limiter.hit('WS1', 'GET'), null);
    assert.notEqual(limiter.hit('WS1', 'GET'), null, 'the second hit of WS1 is refused');
    for (let i = 0; i < 90; i++) assert.equal(limiter.hit('WS2', 'GET'), null, `WS2 hit ${i + 1}`);
    assert.notEqual(limiter.hit('WS2', 'GET'), null, "WS2's 91st hit: the seed's burst");
    assert.equal(limiter.limitsOf('WS2').get.burstPerSecond, 18);
  });
});
