import type { AccountBalance } from '@autoshares/client';
import { balanceQuery } from '@autoshares/client';
import type { ReactiveController } from 'lit';
import type { Session } from '../session/session.ts';
import { QueryController, type SessionHost } from './query-controller.ts';
import { StreamController } from './stream-controller.ts';

/**
 * Follows an account's live balance (`AccountBalance` on the data streamer): `onChange` runs when
 * its cash changes (a fill, a dividend, a transfer settled or requested: what an account's
 * history, activity and funding show may have changed) and after the streamer came back from a
 * gap; `stale` is true while the streamer is down (the figures shown may be old).
 *
 * @example
 * private readonly cash = new LiveCashController(this, (s) => this.account.accountId(s), () =>
 *   this.entries.refresh());
 * render() { return html`${this.renderStale(this.cash.stale) ?? nothing}…`; }
 */
export class LiveCashController implements ReactiveController {
  /** The account's balance, kept live by the client's stream hooks. */
  readonly balance: QueryController<AccountBalance>;
  readonly #events: StreamController<'AccountBalance'>;
  #knownCash: number | undefined;

  constructor(
    host: SessionHost,
    accountId: (session: Session) => number | null,
    private readonly onChange: () => void,
  ) {
    this.balance = new QueryController<AccountBalance>(host, (session) => {
      const id = accountId(session);
      return id == null ? null : balanceQuery(session.client, id);
    });
    this.#events = new StreamController(host, {
      entity: 'AccountBalance',
      keys: (session) => accountId(session),
      onMessage: () => undefined,
      onResync: () => {
        this.balance.refresh();
        onChange();
      },
    });
    host.addController(this);
  }

  /** True while the balance stream is down: what follows it may be old. */
  get stale(): boolean {
    return this.#events.stale;
  }

  /** Forget the cash seen (another session or account): its next figure is no change. */
  forget(): void {
    this.#knownCash = undefined;
  }

  hostUpdate(): void {
    const cash = this.balance.data?.cash;
    if (typeof cash !== 'number') return;
    if (this.#knownCash !== undefined && cash !== this.#knownCash) this.onChange();
    this.#knownCash = cash;
  }
}
