/**
 * Which order statuses have been announced, per session client: when several elements on a
 * page follow the same orders (`<as-order-ticket>` the order it placed, `<as-orders>` every
 * order of the account), the first to announce `orderId:status` claims it and the others stay
 * quiet, so a fill is read once per page. Shared by every copy of the kit on the page.
 */
import { pageSingleton } from '../core/global-registry.ts';

const announced = pageSingleton(
  'autoshares.announced-orders',
  () => new WeakMap<object, Set<string>>(),
);

/**
 * Claims the announcement of order `orderId` reaching `status` for the session `client`:
 * true the first time (announce it), false when some element already did (stay quiet).
 */
export function claimOrderAnnouncement(client: object, orderId: number, status: string): boolean {
  let keys = announced.get(client);
  if (!keys) {
    keys = new Set();
    announced.set(client, keys);
  }
  const key = `${orderId}:${status}`;
  if (keys.has(key)) return false;
  keys.add(key);
  return true;
}
