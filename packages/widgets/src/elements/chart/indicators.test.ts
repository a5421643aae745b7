import { expect } from '@open-wc/testing';
import { followLastBar, parseOverlays, type OverlayPoint } from './indicators.ts';

const [sma3, ema3] = parseOverlays('sma:3,ema:3');
const bars = (...closes: number[]) => closes.map((close, i) => ({ time: i * 60_000, close }));

describe('followLastBar', () => {
  it('recomputes the SMA at the live bar from the last closes', () => {
    const points: OverlayPoint[] = [{ time: 120_000, value: 11 }];
    const moved = followLastBar(sma3!, bars(10, 11, 15), points);
    expect(moved).to.deep.equal({ time: 120_000, value: 12 });
    expect(points).to.deep.equal([{ time: 120_000, value: 12 }]);
  });

  it('adds a point when a new bar starts; an EMA builds on the point before', () => {
    const points: OverlayPoint[] = [{ time: 60_000, value: 10 }];
    // α = 2 / (3 + 1) = 0.5: half-way from 10 towards the new close 14
    expect(followLastBar(ema3!, bars(9, 10, 14), points)).to.deep.equal({
      time: 120_000,
      value: 12,
    });
    // the same bar ticks again: recomputed from the point before it, not from itself
    expect(followLastBar(ema3!, bars(9, 10, 18), points)).to.deep.equal({
      time: 120_000,
      value: 14,
    });
    expect(points).to.have.length(2);
  });

  it('leaves the line alone without enough history', () => {
    expect(followLastBar(sma3!, bars(10, 11), [{ time: 60_000, value: 10.5 }])).to.equal(undefined);
    expect(followLastBar(ema3!, bars(10), [{ time: 0, value: 10 }])).to.equal(undefined);
    expect(followLastBar(ema3!, bars(10, 11), [])).to.equal(undefined);
  });
});
