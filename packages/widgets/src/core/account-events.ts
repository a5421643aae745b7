/**
 * `as-account-select`: the user picked another account in an element's account switcher.
 * Bubbles and is composed so the host page can follow it, e.g. by setting `account-id` on
 * `<as-session>` to switch every element of the session.
 */
export class AccountSelectEvent extends Event {
  static readonly eventName = 'as-account-select' as const;
  readonly accountId: number;
  constructor(accountId: number) {
    super(AccountSelectEvent.eventName, { bubbles: true, composed: true });
    this.accountId = accountId;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'as-account-select': AccountSelectEvent;
  }
}
