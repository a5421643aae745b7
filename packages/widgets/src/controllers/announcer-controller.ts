import {
  html,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';

/**
 * A polite live region for things a screen-reader user should hear without moving focus
 * (fills, triggered alerts, notable price moves). Throttled: at most one announcement per
 * `intervalMs`; of the messages arriving meanwhile the latest wins, unless they are kept.
 * Render `announcer.render()` once, anywhere in the host's template.
 */
export class AnnouncerController implements ReactiveController {
  /** The text currently in the live region. */
  message = '';
  #pending: string | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastAt = -Infinity;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly intervalMs = 3000,
  ) {
    host.addController(this);
  }

  /**
   * Queue a polite announcement. While throttled, a newer message replaces a waiting one
   * (a price that moved twice), unless `keep` is set: then both are read, in order (two
   * alerts that fired together are two things to hear).
   */
  announce(text: string, { keep = false }: { keep?: boolean } = {}): void {
    if (!text) return;
    this.#pending = keep && this.#pending ? `${this.#pending} ${text}` : text;
    const wait = this.#lastAt + this.intervalMs - Date.now();
    if (wait <= 0) this.#flush();
    else if (this.#timer === undefined) this.#timer = setTimeout(() => this.#flush(), wait);
  }

  /** Empty the region and drop anything pending (e.g. after a sign-out). */
  clear(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending = undefined;
    if (this.message) {
      this.message = '';
      this.host.requestUpdate();
    }
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending = undefined;
  }

  /** The live region; visually hidden. */
  render(): TemplateResult {
    return html`<div class="as-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      ${this.message}
    </div>`;
  }

  #flush(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#pending === undefined) return;
    // Same text twice in a row is still read: append an invisible change.
    this.message = this.#pending === this.message ? `${this.#pending}\u00a0` : this.#pending;
    this.#pending = undefined;
    this.#lastAt = Date.now();
    this.host.requestUpdate();
  }
}
