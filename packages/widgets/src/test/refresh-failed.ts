/**
 * The "refresh failed over older data" state of an element: once its data is shown, a refresh
 * that fails leaves the data in place under a "Could not refresh — showing earlier data" badge
 * with a Retry that brings fresh data back.
 */
import { expect } from '@open-wc/testing';
import { clearFaults, eventually, fault, textOf, type TestUser } from './sandbox.ts';
import type { Mount } from './states.ts';
import { button } from './user.ts';

export interface RefreshFailedOptions<E extends HTMLElement> {
  /** The element shows its data. */
  shown: (el: E) => boolean;
  /** Assertions that the earlier data is still shown under the badge. */
  kept: (el: E) => void;
}

const FAILED = 'Could not refresh — showing earlier data';

/**
 * Mounts the element for `user`'s first account, waits for its data, then has every refresh
 * of the account's queries fail (502) until Retry: the badge shows over the kept data, the
 * element stays accessible, and Retry (the faults cleared) brings it back without the badge.
 */
export async function expectRefreshFailedOverData<E extends HTMLElement>(
  user: TestUser,
  mount: Mount<E>,
  options: RefreshFailedOptions<E>,
): Promise<E> {
  const { el, session } = await mount(user);
  await eventually(
    () => options.shown(el),
    'data shown',
    8000,
    () => textOf(el),
  );
  await fault({ serverError: { count: 1000, status: 502 } }, user);
  session.session!.client.queries.invalidate(['account', user.accountIds[0]!]);
  await eventually(
    () => textOf(el).includes(FAILED),
    'the badge over the earlier data',
    8000,
    () => textOf(el),
  );
  options.kept(el);
  await expect(el).to.be.accessible();
  await clearFaults(user);
  const retry = button(el, 'Retry');
  expect(retry, 'the badge offers Retry').to.not.equal(undefined);
  retry!.click();
  await eventually(
    () => !textOf(el).includes(FAILED) && options.shown(el),
    'fresh data without the badge',
    8000,
    () => textOf(el),
  );
  return el;
}
