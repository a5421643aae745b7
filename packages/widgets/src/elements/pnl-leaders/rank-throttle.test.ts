import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { RankThrottle } from './rank-throttle.ts';
import { waitUntil } from '../../test/wait.ts';

/** A host that counts update requests; the clock is driven by the test. */
function harness() {
  let now = 0;
  const host = {
    updates: 0,
    addController(_c: ReactiveController) {},
    removeController(_c: ReactiveController) {},
    requestUpdate() {
      host.updates += 1;
    },
    updateComplete: Promise.resolve(true),
  };
  const rank = new RankThrottle(host as unknown as ReactiveControllerHost, 1000, () => now);
  return { rank, host, tick: (ms: number) => (now += ms) };
}

describe('RankThrottle', () => {
  it('keeps rows put within the interval and re-sorts once it has passed', async () => {
    const { rank, host, tick } = harness();
    expect(
      rank.order([
        { key: 'A', score: 1 },
        { key: 'B', score: 2 },
      ]),
    ).to.deep.equal(['B', 'A']);
    tick(100);
    // A overtakes B within the interval: rows stay put
    expect(
      rank.order([
        { key: 'A', score: 3 },
        { key: 'B', score: 2 },
      ]),
    ).to.deep.equal(['B', 'A']);
    tick(900);
    expect(
      rank.order([
        { key: 'A', score: 3 },
        { key: 'B', score: 2 },
      ]),
    ).to.deep.equal(['A', 'B']);
    rank.hostDisconnected();
    expect(host.updates).to.equal(0);
  });

  it('schedules one host update for when the interval ends', async () => {
    let now = 0;
    const host = { updates: 0, addController() {}, requestUpdate: () => (host.updates += 1) };
    const rank = new RankThrottle(host as unknown as ReactiveControllerHost, 30, () => now);
    rank.order([
      { key: 'A', score: 1 },
      { key: 'B', score: 2 },
    ]);
    now = 5;
    rank.order([
      { key: 'A', score: 3 },
      { key: 'B', score: 2 },
    ]);
    rank.order([
      { key: 'A', score: 4 },
      { key: 'B', score: 2 },
    ]);
    await waitUntil(() => host.updates > 0, 'a host update once the interval ends');
    expect(host.updates).to.equal(1);
  });

  it('re-ranks at once when items come or go; ties keep their previous order', () => {
    const { rank, tick } = harness();
    rank.order([
      { key: 'B', score: 1 },
      { key: 'A', score: 2 },
    ]);
    tick(10);
    expect(
      rank.order([
        { key: 'A', score: 1 },
        { key: 'B', score: 1 },
        { key: 'C', score: 5 },
      ]),
    ).to.deep.equal(['C', 'A', 'B']);
  });
});
