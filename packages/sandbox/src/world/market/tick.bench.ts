/**
 * Prints how many quote updates per second `Market.tick()` sustains, with a listener that keeps
 * the last event (as the streamer's fan-out would). A figure, not a test.
 * Run: pnpm exec tsx packages/sandbox/src/world/market/tick.bench.ts
 */
import type { WorldEvent } from '../../contract.ts';
import { Random } from '../random.ts';
import { Market } from './market.ts';

let now = Date.UTC(2026, 10, 23, 16);
let last: WorldEvent | null = null;
const market = new Market({ random: new Random(1), now: () => now, emit: (e) => (last = e) });
market.onQuote(() => {});

const batches = 50;
const perBatch = 10_000;
market.tick(perBatch); // warm-up
const heapBefore = process.memoryUsage().heapUsed;
const started = performance.now();
for (let i = 0; i < batches; i++) {
  now += 1000;
  market.tick(perBatch);
}
const seconds = (performance.now() - started) / 1000;
const updates = batches * perBatch;
console.log(`Market.tick: ${updates.toLocaleString('en-US')} updates in ${seconds.toFixed(3)} s`);
console.log(
  `  ${Math.round(updates / seconds).toLocaleString('en-US')} updates/s (target: 10,000/s)`,
);
console.log(
  `  heap delta ${((process.memoryUsage().heapUsed - heapBefore) / 1e6).toFixed(1)} MB; last: ${JSON.stringify(last).slice(0, 80)}…`,
);
