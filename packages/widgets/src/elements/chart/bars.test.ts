import { expect } from '@open-wc/testing';
import { applyTick, barStart, toBars, type Bar } from './bars.ts';
import { parseOverlays, overlaySignature } from './indicators.ts';
import { chartRange } from './ranges.ts';

const at = (iso: string) => Date.parse(iso);
// Monday 23 Nov 2026; New York is UTC-5 (EST).
const MON_1000_NY = at('2026-11-23T15:00:00Z');

describe('chart bars', () => {
  it('finds the bar a trade belongs to, in New York session time', () => {
    expect(barStart('5m', MON_1000_NY)).to.equal(MON_1000_NY);
    expect(barStart('5m', at('2026-11-23T15:04:59Z'))).to.equal(MON_1000_NY);
    expect(barStart('30m', at('2026-11-23T14:45:00Z'))).to.equal(at('2026-11-23T14:30:00Z'));
    expect(barStart('1D', MON_1000_NY)).to.equal(at('2026-11-23T05:00:00Z'));
    expect(barStart('1W', at('2026-11-25T15:00:00Z'))).to.equal(at('2026-11-23T05:00:00Z'));
    // outside the regular session no bar starts
    expect(barStart('5m', at('2026-11-23T14:00:00Z'))).to.equal(undefined); // 09:00
    expect(barStart('1D', at('2026-11-23T21:00:00Z'))).to.equal(undefined); // 16:00
    expect(barStart('1D', at('2026-11-21T15:00:00Z'))).to.equal(undefined); // Saturday
  });

  it('moves the last bar with a tick, and starts a new bar when the bar time rolls', () => {
    const friday: Bar = {
      time: at('2026-11-20T05:00:00Z'),
      open: 100,
      high: 105,
      low: 99,
      close: 101,
      volume: 1000,
    };
    const bars = [{ ...friday }];
    // Monday before the open: still Friday's bar
    applyTick(bars, '1D', { price: 107, time: at('2026-11-23T13:00:00Z'), dayVolume: 5 });
    expect(bars).to.have.length(1);
    expect(bars[0]).to.deep.include({ close: 107, high: 107, low: 99, volume: 5 });
    applyTick(bars, '1D', { price: 98, time: at('2026-11-23T13:01:00Z') });
    expect(bars[0]).to.deep.include({ close: 98, high: 107, low: 98 });
    // Monday 10:00: a new daily bar
    const bar = applyTick(bars, '1D', { price: 97.5, time: MON_1000_NY, dayVolume: 10 });
    expect(bars).to.have.length(2);
    expect(bar).to.deep.equal({
      time: at('2026-11-23T05:00:00Z'),
      open: 97.5,
      high: 97.5,
      low: 97.5,
      close: 97.5,
      volume: 10,
    });

    const intraday: Bar[] = [{ time: MON_1000_NY, open: 1, high: 1, low: 1, close: 1, volume: 3 }];
    applyTick(intraday, '5m', { price: 2, time: at('2026-11-23T15:04:00Z') });
    expect(intraday).to.have.length(1);
    applyTick(intraday, '5m', { price: 3, time: at('2026-11-23T15:05:00Z') });
    expect(intraday.map((b) => b.time)).to.deep.equal([MON_1000_NY, at('2026-11-23T15:05:00Z')]);
    expect(applyTick([], '5m', { price: 1, time: MON_1000_NY })).to.equal(undefined);
  });

  it('keeps complete candles in time order, one per time', () => {
    const bars = toBars([
      { Time: 2000, Open: 1, High: 2, Low: 0.5, Close: 1.5, Volume: 10 },
      { Time: 1000, Open: 1, High: 2, Low: 0.5, Close: 1.5 },
      { Time: 2000, Open: 9, High: 9, Low: 9, Close: 9 },
      { Time: 3000, Open: 1, High: 2, Low: 0.5 },
    ]);
    expect(bars.map((b) => [b.time, b.volume])).to.deep.equal([
      [1000, 0],
      [2000, 10],
    ]);
  });

  it('reads the indicators and period attributes', () => {
    expect(parseOverlays('sma:20, EMA:50,sma:20,rsi:14,ema:0,bad')).to.deep.equal([
      { kind: 'SMA', length: 20, label: 'SMA 20' },
      { kind: 'EMA', length: 50, label: 'EMA 50' },
    ]);
    expect(overlaySignature({ kind: 'EMA', length: 50, label: '' }, '1D')).to.equal(
      'EMA|1D|false|50|0',
    );
    expect(chartRange('5d').id).to.equal('5D');
    expect(chartRange('10Y').id).to.equal('1M');
  });
});
