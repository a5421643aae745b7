/** `as-period-change`: the user picked another chart period (bubbles, composed). */
export class PeriodChangeEvent extends Event {
  static readonly eventName = 'as-period-change' as const;
  /** The period now shown: `1D`, `5D`, `1M`, `3M` or `1Y`. */
  readonly period: string;
  constructor(period: string) {
    super(PeriodChangeEvent.eventName, { bubbles: true, composed: true });
    this.period = period;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'as-period-change': PeriodChangeEvent;
  }
}
