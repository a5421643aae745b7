import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { focusLost } from '../core/focus.ts';
import type { AutoSharesClient } from '@autoshares/client';
import type { Session } from '../session/session.ts';
import type { AnnouncerController } from './announcer-controller.ts';

/** An element that writes: it knows its session and renders into a root. */
export type MutationHost = ReactiveControllerHost &
  HTMLElement & { readonly session: Session | undefined; readonly renderRoot: ParentNode };

/** An element to return focus in: its controls are under its render root. */
type FocusHost = HTMLElement & { readonly renderRoot: ParentNode };

/**
 * Where focus goes: the first of some selectors found in the host's render root, or an
 * element a function picks when the time comes.
 */
export type FocusTarget = string | readonly string[] | (() => HTMLElement | null | undefined);

/** What a failed write shows: what could not be done, and why (the error, if any). */
export interface MutationFailure {
  /** Specific to the action, e.g. `Could not cancel the order.` */
  what: string;
  error?: unknown;
  /** The target of the write that failed (undefined: the element as a whole). */
  target?: string;
}

export interface MutationOptions<T> {
  /**
   * What is written, e.g. `order:42`: only writes to the same target (or to the whole element)
   * block it, and `isBusy(target)` says whether that one is being saved. Default: the whole
   * element (no other write may run meanwhile).
   */
  target?: string;
  /** Shown in the element when the write fails, before the error's own message. */
  failure: string;
  /** Announced politely on success. */
  announce?: string | ((result: T) => string);
  /** Queue the announcement after one still waiting, instead of replacing it. */
  keepAnnouncement?: boolean;
  /** Applies the result to the host (close a panel, pick the new list), before the announcement. */
  onSuccess?: (result: T) => void;
  /** Where focus returns once the host has rendered the success, when focus was lost meanwhile. */
  focus?: FocusTarget;
  /** Where focus returns after a failure, when it was lost (a control disabled while saving). */
  focusOnError?: FocusTarget;
}

/** The key of a write to the element as a whole. */
const WHOLE = '';

/**
 * Runs an element's writes (`client.writes.*`) the same way everywhere: busy while one is under
 * way (per target, or for the whole element), no second submit of the same thing meanwhile, the
 * failure kept to show in the element with a specific message, a polite announcement on
 * success, and focus returned to a given control when the write took it away. Cache
 * invalidation is the client's business (`client.writes`), not the element's.
 *
 * @example
 * private readonly mutation = new MutationController(this, this.announcer);
 * remove(id: number) {
 *   void this.mutation.run((client) => client.writes.alerts.delete(id), {
 *     failure: 'Could not delete the alert.',
 *     announce: 'Deleted the alert.',
 *     focus: 'button[data-kind="new"]',
 *   });
 * }
 * render() { return html`<button ?disabled=${this.mutation.busy}>…${this.mutation.message(errorMessage)}`; }
 */
export class MutationController implements ReactiveController {
  /** The last failure, until the next write or `clearError()`. */
  failure: MutationFailure | undefined;
  readonly #running = new Set<string>();

  constructor(
    private readonly host: MutationHost,
    private readonly announcer: AnnouncerController,
  ) {
    host.addController(this);
  }

  /** A write is under way (any target). */
  get busy(): boolean {
    return this.#running.size > 0;
  }

  /** A write to `target` (or to the whole element) is under way. */
  isBusy(target: string): boolean {
    return this.#running.has(target) || this.#running.has(WHOLE);
  }

  /**
   * Runs `write` with the session's client, unless the same target (or the whole element) is
   * already being saved or there is no client. Resolves true when it succeeded, false when it
   * failed or did not run; never rejects (the failure is in `failure`).
   */
  async run<T>(
    write: (client: AutoSharesClient) => Promise<T>,
    options: MutationOptions<T>,
  ): Promise<boolean> {
    const client = this.host.session?.client;
    const target = options.target ?? WHOLE;
    if (!client || (target === WHOLE ? this.busy : this.isBusy(target))) return false;
    this.#running.add(target);
    this.failure = undefined;
    this.host.requestUpdate();
    let focus: FocusTarget | undefined;
    try {
      const result = await write(client);
      if (this.host.session?.client !== client) return false; // signed out or switched meanwhile
      options.onSuccess?.(result);
      const { announce } = options;
      const text = typeof announce === 'function' ? announce(result) : announce;
      if (text) this.announcer.announce(text, { keep: options.keepAnnouncement });
      focus = options.focus;
      return true;
    } catch (error) {
      if (this.host.session?.client !== client) return false;
      this.failure = { what: options.failure, error, target: options.target };
      focus = options.focusOnError;
      return false;
    } finally {
      this.#running.delete(target);
      this.host.requestUpdate();
      // after the render that applies the outcome (and enables the controls again)
      this.returnFocus(focus);
    }
  }

  /** Shows a failure without writing (e.g. an input the write cannot take). */
  fail(what: string, target?: string): void {
    this.failure = { what, target };
    this.host.requestUpdate();
  }

  /** Forgets the failure shown (the panel it belonged to closed, or a new one opened). */
  clearError(): void {
    if (!this.failure) return;
    this.failure = undefined;
    this.host.requestUpdate();
  }

  /** The failure as one sentence or two, `describe` giving the error's part; undefined if none. */
  message(describe: (error: unknown) => string): string | undefined {
    const failure = this.failure;
    if (!failure) return undefined;
    return failure.error === undefined
      ? failure.what
      : `${failure.what} ${describe(failure.error)}`;
  }

  hostConnected(): void {}

  /** Once the host has rendered, moves focus to `target` if focus was lost meanwhile. */
  returnFocus(target: FocusTarget | undefined): void {
    if (target === undefined) return;
    void this.host.updateComplete.then(() => focusIfLost(this.host, target));
  }
}

/**
 * Focuses `target` in `host`, but only when focus was lost (it is on the page's body, or on the
 * host with nothing focused inside: a focused control disappeared or was disabled), never when
 * the user has moved on.
 */
export function focusIfLost(host: FocusHost, target: FocusTarget): void {
  if (!focusLost(host)) return;
  const found =
    typeof target === 'function'
      ? target()
      : (typeof target === 'string' ? [target] : target)
          .map((selector) => host.renderRoot.querySelector<HTMLElement>(selector))
          .find((element) => element !== null);
  found?.focus();
}
