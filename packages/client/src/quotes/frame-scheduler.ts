/**
 * Runs a callback before the next frame is painted; returns a function that cancels it.
 * Stores batch their notifications through one of these so an element renders at most once
 * per frame however fast data arrives.
 */
export type FrameScheduler = (callback: () => void) => () => void;

/** `requestAnimationFrame` where there is one (browsers), else a 16 ms timer (Node). */
export const defaultFrameScheduler: FrameScheduler = (callback) => {
  const raf = globalThis.requestAnimationFrame;
  if (typeof raf === 'function') {
    const handle = raf(() => callback());
    return () => globalThis.cancelAnimationFrame(handle);
  }
  const timer = setTimeout(callback, 16);
  return () => clearTimeout(timer);
};

/** A frame scheduler stepped by hand, for tests and deterministic stories. */
export interface ManualFrameScheduler {
  /** Pass this as the store's scheduler. */
  readonly schedule: FrameScheduler;
  /** Runs the callbacks scheduled so far (one "frame"); returns how many ran. */
  step(): number;
  /** Callbacks waiting for the next step. */
  readonly pending: number;
}

/** Creates a {@link ManualFrameScheduler}. */
export function createManualFrameScheduler(): ManualFrameScheduler {
  let queue = new Set<() => void>();
  return {
    schedule(callback) {
      const entry = () => callback();
      queue.add(entry);
      return () => queue.delete(entry);
    },
    step() {
      const current = queue;
      queue = new Set();
      for (const callback of current) callback();
      return current.size;
    },
    get pending() {
      return queue.size;
    },
  };
}
