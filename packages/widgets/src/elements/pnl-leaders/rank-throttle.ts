import { defaultFrameScheduler } from '@autoshares/client';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long after the interval the fallback update waits for the host's own update. */
const FALLBACK_GRACE_MS = 100;

/** One item to rank: a stable key and its score (higher ranks first). */
export interface Ranked {
  key: string;
  score: number;
}

/**
 * Stable, throttled ranking for live lists: the order is recomputed at most once per
 * `intervalMs` (at once when items come or go), ties keep their previous order, and when the
 * scores would reorder the list in between, one host update is scheduled for when the interval
 * ends. Values can move every tick while rows stay put.
 *
 * While values stream, the host's own next update after the interval re-ranks; the scheduled
 * update is a fallback for when none comes. It fires a grace period after the interval, in an
 * animation frame callback, and does nothing if the host has re-ranked meanwhile, so it does not
 * add a second update to a frame that the streamed data already renders.
 */
export class RankThrottle implements ReactiveController {
  #current: string[] | undefined;
  #rankedAt = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Cancels the fallback's frame callback, while one is pending. */
  #frame: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly intervalMs = 1000,
    private readonly now: () => number = () => performance.now(),
  ) {
    host.addController(this);
  }

  /** The keys in rank order for these items (the previous order while throttled). */
  order(items: readonly Ranked[]): string[] {
    const previous = this.#current;
    // positions in the previous order, looked up once per item (not searched per comparison)
    const rankOf = new Map(previous?.map((key, i) => [key, i]));
    const sorted = this.#sort(items, rankOf);
    const sameMembers =
      previous !== undefined &&
      previous.length === items.length &&
      items.every((i) => rankOf.has(i.key));
    const elapsed = this.now() - this.#rankedAt;
    if (!sameMembers || elapsed >= this.intervalMs) {
      this.#current = sorted;
      this.#rankedAt = this.now();
      return sorted;
    }
    if (sorted.some((key, i) => key !== previous[i]))
      this.#schedule(this.intervalMs - elapsed + FALLBACK_GRACE_MS);
    return previous;
  }

  /** Forget the order (e.g. another mode or account). */
  reset(): void {
    this.#current = undefined;
    this.#clearTimer();
  }

  hostDisconnected(): void {
    this.#clearTimer();
  }

  #sort(items: readonly Ranked[], rankOf: ReadonlyMap<string, number>): string[] {
    const before = (key: string) => rankOf.get(key) ?? Number.MAX_SAFE_INTEGER;
    return [...items]
      .sort(
        (a, b) => b.score - a.score || before(a.key) - before(b.key) || (a.key < b.key ? -1 : 1),
      )
      .map((i) => i.key);
  }

  #schedule(delay: number): void {
    if (this.#timer !== undefined) return;
    const rankedAt = this.#rankedAt;
    this.#timer = setTimeout(
      () => {
        this.#timer = undefined;
        if (this.#rankedAt !== rankedAt) return;
        // In a frame callback: a quote flush already queued for that frame runs first and
        // re-ranks through the host's own update, and then this one has nothing to do.
        this.#frame = defaultFrameScheduler(() => {
          this.#frame = undefined;
          if (this.#rankedAt === rankedAt) this.host.requestUpdate();
        });
      },
      Math.max(0, delay),
    );
  }

  #clearTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#frame?.();
    this.#frame = undefined;
  }
}
