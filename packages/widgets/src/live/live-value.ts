/**
 * Small observable values for cells that update themselves (see `directives/live-cell.ts`):
 * a `Live<T>` has a current `value` and tells subscribers when it changed, without a host render.
 */

/** A value that changes over time. */
export interface Live<T> {
  /** The current value. */
  readonly value: T;
  /** Calls `listener` after each change; returns a function that stops it. */
  subscribe(listener: () => void): () => void;
}

const report = (error: unknown) => {
  if (typeof reportError === 'function') reportError(error);
  else console.error(error);
};

/** A `Live` the owner sets and then notifies (so several changes can share one notification). */
export class LiveValue<T> implements Live<T> {
  readonly #listeners = new Set<() => void>();

  /**
   * @param onObserved - called when the first listener arrives (`true`) and the last one leaves
   *   (`false`): an owner can feed the value only while someone shows it.
   */
  constructor(
    private current: T,
    private readonly onObserved?: (observed: boolean) => void,
  ) {}

  get value(): T {
    return this.current;
  }

  /** Whether anyone listens (e.g. a visible cell). */
  get observed(): boolean {
    return this.#listeners.size > 0;
  }

  /** Sets the value without notifying. */
  set(value: T): void {
    this.current = value;
  }

  /** Tells every listener (a throwing listener is reported and does not stop the others). */
  notify(): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener();
      } catch (error) {
        report(error);
      }
    }
  }

  subscribe(listener: () => void): () => void {
    const wrapped = () => listener(); // the same function twice counts twice
    this.#listeners.add(wrapped);
    if (this.#listeners.size === 1) this.onObserved?.(true);
    let active = true;
    return () => {
      if (!active) return;
      active = false;
      this.#listeners.delete(wrapped);
      if (this.#listeners.size === 0) this.onObserved?.(false);
    };
  }
}

const UNSET: unique symbol = Symbol('unset');

/**
 * A `Live` computed from another one, lazily and only when the source's value is a different
 * object/value than at the last computation (so a row's P&L is computed once per quote change,
 * however many cells show it).
 */
export function mapLive<S, T>(source: Live<S>, compute: (value: S) => T): Live<T> {
  let input: S | typeof UNSET = UNSET;
  let output: T;
  return {
    get value(): T {
      const next = source.value;
      if (next !== input) {
        output = compute(next);
        input = next;
      }
      return output;
    },
    subscribe: (listener) => source.subscribe(listener),
  };
}

/** A `Live` that never changes. */
export function constantLive<T>(value: T): Live<T> {
  return { value, subscribe: () => () => undefined };
}
