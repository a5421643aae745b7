import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Host updates at a bounded rate: `request()` asks for one update, which happens `intervalMs`
 * after the first request since the last one (later requests in between join it). Used to
 * re-sort or re-rank rows by live values at most once a second while the values themselves
 * update in their cells every frame.
 */
export class UpdateThrottle implements ReactiveController {
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly intervalMs = 1000,
  ) {
    host.addController(this);
  }

  /** Whether an update is waiting. */
  get pending(): boolean {
    return this.#timer !== undefined;
  }

  request(): void {
    if (this.#timer !== undefined) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.host.requestUpdate();
    }, this.intervalMs);
  }

  /** Drops a waiting update (e.g. the host updates now anyway). */
  cancel(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  hostDisconnected(): void {
    this.cancel();
  }
}
