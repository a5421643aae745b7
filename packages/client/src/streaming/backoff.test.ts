import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { backoffDelay } from './backoff.ts';

describe('backoffDelay', () => {
  const options = { baseMs: 100, maxMs: 1000 };

  it('grows exponentially per attempt and stops at the maximum', () => {
    const ceilings = [0, 1, 2, 3, 4, 10].map((attempt) =>
      backoffDelay(attempt, options, () => 0.999999),
    );
    assert.deepEqual(ceilings, [99, 199, 399, 799, 999, 999]);
  });

  it('jitters between half the ceiling and the ceiling', () => {
    assert.equal(
      backoffDelay(2, options, () => 0),
      200,
    );
    assert.equal(
      backoffDelay(2, options, () => 0.5),
      300,
    );
  });
});
