/**
 * `waitUntil` for element tests: @open-wc's, with a deadline that suits a loaded CI machine.
 * Its own default (1 s) is shorter than a busy 2-core box can take to lay out, observe an
 * intersection or fire a timer; a wait only takes that long when the awaited state never comes.
 */
import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

/** How long a wait lasts unless the test says otherwise (ms). */
export const DEFAULT_WAIT_MS = 5000;

/**
 * Waits (bounded) until `predicate` holds, re-checking every `interval` ms (default 50);
 * rejects with `message` after `timeout` ms (default 5 s).
 */
export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return openWcWaitUntil(predicate, message, { timeout: DEFAULT_WAIT_MS, ...options });
}
