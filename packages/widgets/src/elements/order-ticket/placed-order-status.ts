import type { OrderResource } from '@autoshares/client';
import type { AnnouncerController } from '../../controllers/announcer-controller.ts';
import type { SessionHost } from '../../controllers/query-controller.ts';
import { StreamController } from '../../controllers/stream-controller.ts';
import { OrderPlacedEvent } from '../../core/events.ts';
import { claimOrderAnnouncement } from '../../orders/announced-orders.ts';
import { statusAnnouncement } from '../../orders/order-announcement.ts';
import { statusLabel } from '../../orders/order-status.ts';
import type { Session } from '../../session/session.ts';
import { describeTicketOrder, isFinalStatus } from './order-summary.ts';
import { conditionalAnnouncement, isConditional, leadOrder } from './conditional-summary.ts';
import type { LiveOrder, PendingOrder, TicketFlow } from './ticket-flow.ts';
import { msg, str, withLocale } from '../../locale/msg.ts';
import { spreadWords } from './multi-leg/spread-words.ts';

export interface PlacedOrderHost extends SessionHost, EventTarget {
  readonly effectiveLocale: string | undefined;
}

/**
 * The ticket's placed order: tells the page (`as-order-placed`) and the user that it was placed,
 * then follows it on the `Order` stream (always subscribed, so no early message is
 * missed): a message with the action's `ClientId` confirms an order still unconfirmed, later
 * ones update its status, and after a resync it is fetched once. Each status is announced once
 * per page: when an `<as-orders>` of the same session has said it already, the ticket stays
 * quiet (`orders/announced-orders.ts`).
 */
export class PlacedOrderStatus {
  /** The `Order` subscription (its `stale` shows the reconnecting badge). */
  readonly stream: StreamController<'Order'>;
  #announcedStatus: string | undefined;

  constructor(
    private readonly host: PlacedOrderHost,
    private readonly flow: TicketFlow,
    accountId: (session: Session) => number | null,
    private readonly announcer: AnnouncerController,
  ) {
    this.stream = new StreamController(host, {
      entity: 'Order',
      keys: accountId,
      onMessage: (order) => this.#onMessage(order as LiveOrder),
      onResync: () => void this.#refresh(),
    });
  }

  /** A stream message: this action's order (by Id once known, else by `ClientId`). */
  #onMessage(message: LiveOrder): void {
    const placed = this.flow.order;
    if (placed) {
      if (message.Id != null && message.Id === placed.Id)
        this.flow.placement.amend({ ...placed, ...message } as OrderResource);
      return;
    }
    if (message.Id != null)
      this.flow.placement.observed(message.ClientId, message as OrderResource);
  }

  /** After a stream resync: fetch the placed order once (it may have changed meanwhile). */
  async #refresh(): Promise<void> {
    const api = this.host.session?.client.api.orders;
    const placed = this.flow.order;
    const pending = this.flow.pending;
    if (!api || !pending || placed?.Id == null || isFinalStatus(placed.Status)) return;
    try {
      this.#onMessage(await api.get(pending.accountId, placed.Id));
    } catch {
      // the stream carries on; nothing to tell the user
    }
  }

  /** The server has the order (answer, look-up or stream): tell the page and the user once. */
  placed(order: OrderResource, pending: PendingOrder): void {
    const lead = leadOrder(pending.order);
    this.host.dispatchEvent(
      new OrderPlacedEvent({
        orderId: order.Id ?? 0,
        accountId: pending.accountId,
        symbol: order.Symbol || lead.Symbol || '',
        side: order.Side ?? lead.Side ?? '',
        quantity: order.Quantity || lead.Quantity || 0,
        type: order.Type ?? pending.order.Type ?? '',
      }),
    );
    const locale = this.host.effectiveLocale;
    this.announcer.announce(
      withLocale(locale, () => {
        const what = describeTicketOrder(pending.order, locale);
        const status = statusLabel(order.Status).toLocaleLowerCase(locale);
        return msg(str`Order placed: ${what}. Status ${status}.`);
      }),
    );
    this.announce();
  }

  /** Say the placed order's status if it changed (once per page). */
  announce(): void {
    const live = this.flow.order;
    if (!live || live.Status === this.#announcedStatus) return;
    const pending = this.flow.pending;
    const locale = this.host.effectiveLocale;
    const text = withLocale(locale, () =>
      pending && isConditional(pending.order)
        ? conditionalAnnouncement(pending.order, live.Status, describeTicketOrder, locale)
        : statusAnnouncement(
            {
              Symbol: pending?.order.Symbol,
              Side: pending?.order.Side,
              ...live,
              ...spreadWords(pending?.order),
            },
            locale,
          ),
    );
    this.#announcedStatus = live.Status;
    const client = this.host.session?.client;
    if (!text || !client || live.Id == null || !live.Status) return;
    if (claimOrderAnnouncement(client, live.Id, live.Status))
      this.announcer.announce(text, { keep: true });
  }

  /** A new action: its statuses are new. */
  reset(): void {
    this.#announcedStatus = undefined;
  }
}
