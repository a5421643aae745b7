/** A triggered price alert. */
export interface TriggeredAlert {
  alertId: number;
  symbol: string;
  /** Human text of the condition, e.g. "Last ≥ 150.00". */
  condition: string;
  price?: number;
}

/** `as-alert-triggered`: a price alert fired. */
export class AlertTriggeredEvent extends Event {
  static readonly eventName = 'as-alert-triggered' as const;
  readonly alert: TriggeredAlert;
  constructor(alert: TriggeredAlert) {
    super(AlertTriggeredEvent.eventName, { bubbles: true, composed: true });
    this.alert = alert;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'as-alert-triggered': AlertTriggeredEvent;
  }
}
