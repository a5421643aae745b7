import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Seconds left until a planned automatic retry, for a "Retrying in N s" note: while the host
 * shows one, it re-renders once a second (one timer per host, none while nothing counts down).
 */
export class RetryCountdown implements ReactiveController {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #connected = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Whole seconds until `retryAt` (epoch ms), at least 1; asks for the next render a second later. */
  secondsUntil(retryAt: number): number {
    const left = retryAt - Date.now();
    if (this.#connected && this.#timer === undefined) {
      this.#timer = setTimeout(
        () => {
          this.#timer = undefined;
          this.host.requestUpdate();
        },
        Math.min(1000, Math.max(50, left)),
      );
    }
    return Math.max(1, Math.ceil(left / 1000));
  }

  hostConnected(): void {
    this.#connected = true;
  }

  hostDisconnected(): void {
    this.#connected = false;
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
