/**
 * Drives a world in real time: a timer steps it `tickRate` market ticks a second, batched per
 * timer beat (so a firehose of 10,000 ticks/s costs 20 timer callbacks, not 10,000). Every
 * beat also runs one order pass, so orders progress even at very low tick rates.
 */
import type { World } from './world/world.ts';

/** Timer beats per second. */
const BEATS_PER_SECOND = 20;
export const DEFAULT_TICK_RATE = 20;
export const MAX_TICK_RATE = 100_000;

export class MarketDriver {
  private timer: ReturnType<typeof setInterval> | undefined;
  private carry = 0;
  private rate: number;
  /** When paused, the timer runs but the world does not move. */
  paused = false;

  constructor(
    private readonly world: World,
    tickRate = DEFAULT_TICK_RATE,
  ) {
    this.rate = MarketDriver.checkRate(tickRate);
  }

  /** Quote updates per second. */
  get tickRate(): number {
    return this.rate;
  }

  set tickRate(value: number) {
    this.rate = MarketDriver.checkRate(value);
  }

  get running(): boolean {
    return this.timer !== undefined;
  }

  /** Starts the timer (idempotent). */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.beat(), 1000 / BEATS_PER_SECOND);
    // Never keep a Node process alive just for the simulation.
    (this.timer as { unref?: () => void }).unref?.();
  }

  /** Stops the timer (idempotent). */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** One timer beat: the ticks due since the last beat (fractions carried over). */
  beat(): void {
    if (this.paused) return;
    this.carry += this.rate / BEATS_PER_SECOND;
    const ticks = Math.floor(this.carry);
    this.carry -= ticks;
    try {
      this.world.step(ticks);
    } catch (error) {
      console.error('[sandbox] simulation step failed:', error);
    }
  }

  private static checkRate(value: number): number {
    if (!Number.isFinite(value) || value < 0 || value > MAX_TICK_RATE) {
      throw new RangeError(`tickRate must be between 0 and ${MAX_TICK_RATE}`);
    }
    return value;
  }
}
