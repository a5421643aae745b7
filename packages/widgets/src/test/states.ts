/**
 * Shared checks for the view states every element shows (design rule: loading, error + Retry,
 * signed-out, stale), each with an axe check. Every element test mounts its element inside a
 * session the same way, so the checks take that `mount` function and run the same user-level
 * assertions the element tests used to spell out one by one.
 */
import { expect } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { AutoSharesSession } from '../session/as-session.ts';
import {
  clearFaults,
  dropSockets,
  eventually,
  fault,
  sandbox,
  sessionFixture,
  textOf,
  type TestUser,
} from './sandbox.ts';
import { button } from './user.ts';

/** Mounts an element inside an `<as-session>`, signed in as `user` (or signed out). */
export type Mount<E extends HTMLElement> = (
  user: TestUser | undefined,
  template?: TemplateResult,
) => Promise<{ session: AutoSharesSession; el: E }>;

/**
 * A `mount` for the element `tag`: renders `template` (default `defaultTemplate`) inside a
 * session wired to the sandbox and returns the session and the first `tag` element in it.
 */
export function mountElement<E extends HTMLElement>(
  tag: string,
  defaultTemplate: TemplateResult,
): Mount<E> {
  return async (user, template = defaultTemplate) => {
    const session = await sessionFixture(template, {
      user,
      appKey: user?.appKey ?? sandbox().appKey,
    });
    return { session, el: session.querySelector<E>(tag)! };
  };
}

/** The element shows a view-state block `[data-state=<state>]`. */
function inState(el: Element, state: string): boolean {
  return !!el.shadowRoot!.querySelector(`[data-state="${state}"]`);
}

/**
 * Signed out: the element says "You are signed out", offers a "Sign in" button, and is
 * accessible.
 */
export async function expectSignedOutState<E extends HTMLElement>(mount: Mount<E>): Promise<E> {
  const { el } = await mount(undefined);
  await eventually(() => textOf(el).includes('You are signed out'), 'signed-out state');
  expect(button(el, 'Sign in')).to.not.equal(undefined);
  await expect(el).to.be.accessible();
  return el;
}

export interface LoadingStateOptions<E extends HTMLElement> {
  /** Latency the sandbox adds to the user's requests while the skeleton is checked. */
  latencyMs?: number;
  /** When given, also waits (8 s) until the data shows after the delayed response. */
  loaded?: (el: E) => boolean;
}

/**
 * Loading: with the user's requests delayed, the element shows its `[data-state="loading"]`
 * skeleton, whose text contains `label` (e.g. "Loading positions"), and is accessible.
 * The fault is cleared afterwards, whatever happens.
 */
export async function expectLoadingState<E extends HTMLElement>(
  user: TestUser,
  mount: Mount<E>,
  label: string,
  { latencyMs = 1200, loaded }: LoadingStateOptions<E> = {},
): Promise<void> {
  await fault({ latencyMs }, user);
  try {
    const { el } = await mount(user);
    await eventually(() => inState(el, 'loading'), 'loading state');
    expect(textOf(el)).to.contain(label);
    await expect(el).to.be.accessible();
    if (loaded) await eventually(() => loaded(el), 'loaded', 8000);
  } finally {
    await clearFaults(user);
  }
}

export interface ErrorThenRetryOptions<E extends HTMLElement> {
  /** The data the element shows again after Retry. */
  recovered: (el: E) => boolean;
  /** How long to wait for `recovered` (ms; default 8000). */
  recoveredTimeout?: number;
  /**
   * What to mount first to sign the user in before the fault is set (default: the element's
   * own default template, removed again once signed in).
   */
  signInTemplate?: TemplateResult;
  /** The element to mount while the server fails (default: its default template). */
  template?: TemplateResult;
  /** When given, the `role="alert"` message must match it. */
  alertText?: RegExp;
}

/**
 * Error + Retry: once signed in, every request of the user fails with 503; a fresh element shows
 * its `[data-state="error"]` block (within 15 s), is accessible, and says when it retries by
 * itself ("Retrying in N s"); its Retry button fetches at once instead (the loading view
 * replaces the error) — a shortcut, not the only way back; after the fault is cleared, the data
 * comes back (`recovered`) without another click.
 */
export async function expectErrorThenRetry<E extends HTMLElement>(
  user: TestUser,
  mount: Mount<E>,
  options: ErrorThenRetryOptions<E>,
): Promise<E> {
  const { session, el: first } = await mount(user, options.signInTemplate);
  await eventually(() => session.session?.authState === 'signed-in', 'signed in');
  first?.remove();
  await fault({ serverError: { count: 50, status: 503 } }, user);
  const { el } = await mount(user, options.template);
  try {
    await eventually(() => inState(el, 'error'), 'error state', 15000);
    if (options.alertText)
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.match(
        options.alertText,
      );
    await expect(el).to.be.accessible();
    // between automatic retries (none in flight), Retry fetches at once
    await eventually(
      () => /Retrying in \d+ s/.test(textOf(el)),
      'automatic retry planned',
      10000,
      () => textOf(el),
    );
    button(el, 'Retry')!.click();
    await eventually(() => inState(el, 'loading'), 'Retry fetched at once');
  } finally {
    await clearFaults(user);
  }
  await eventually(() => options.recovered(el), 'recovered', options.recoveredTimeout ?? 8000);
  return el;
}

export interface StaleOptions<E extends HTMLElement> {
  /** The data shown before the sockets drop. */
  shown: (el: E) => boolean;
  /** How long to wait for `shown` (ms; default 8000). */
  shownTimeout?: number;
  /** The element to mount (default: its default template). */
  template?: TemplateResult;
  /** The stream the element follows; waited for to be open before the sockets drop. */
  stream?: 'quote' | 'data';
  /** Assertions that the data is still shown while stale. */
  kept: (el: E) => void;
}

/**
 * Stale: after the user's streamer sockets drop, the element shows "Delayed — reconnecting"
 * (within 5 s), keeps its data (`kept`), and is accessible.
 */
export async function expectStaleWhileDisconnected<E extends HTMLElement>(
  user: TestUser,
  mount: Mount<E>,
  options: StaleOptions<E>,
): Promise<E> {
  const { el, session } = await mount(user, options.template);
  await eventually(() => options.shown(el), 'data shown', options.shownTimeout ?? 8000);
  const stream = options.stream;
  if (stream)
    await eventually(
      () => session.session!.client.stream.status(stream) === 'open',
      `${stream} stream open`,
    );
  await dropSockets(user.userId);
  await eventually(() => textOf(el).includes('Delayed — reconnecting'), 'stale badge', 5000);
  options.kept(el);
  await expect(el).to.be.accessible();
  return el;
}

export interface UnknownSymbolOptions<E extends HTMLElement> {
  /** The element showing an unknown symbol, e.g. `<as-quote symbol="NOPEX">`. */
  template: TemplateResult;
  /** A known symbol to switch to. */
  knownSymbol: string;
  /** The known symbol's data is shown. */
  recovered: (el: E) => boolean;
  /** How long to wait for `recovered` (ms; default 5000). */
  recoveredTimeout?: number;
}

/**
 * Error for an unknown symbol: the element shows its `[data-state="error"]` block (within 8 s)
 * with a Retry button and is accessible; switching its `symbol` to a known one recovers.
 */
export async function expectUnknownSymbolError<
  E extends HTMLElement & { symbol: string | undefined },
>(user: TestUser, mount: Mount<E>, options: UnknownSymbolOptions<E>): Promise<E> {
  const { el } = await mount(user, options.template);
  await eventually(() => inState(el, 'error'), 'error state', 8000);
  expect(button(el, 'Retry')).to.not.equal(undefined);
  await expect(el).to.be.accessible();
  el.symbol = options.knownSymbol;
  await eventually(
    () => options.recovered(el),
    `recovers with ${options.knownSymbol}`,
    options.recoveredTimeout ?? 5000,
  );
  return el;
}
