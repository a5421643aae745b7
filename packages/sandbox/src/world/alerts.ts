/**
 * Price alerts (api-reference §8), keyed by userId. An alert in state `New` watches one field
 * (`Last`, `Bid`, `Ask`) of one security and completes when a quote crosses `Argument` per
 * `Operator` (`GTEQ`: value >= Argument, `LTEQ`: value <= Argument). At `ExpirationDate` (Unix s)
 * a `New` alert becomes `Expired`. Every change emits `{type:'alert'}`.
 *
 * The store wires itself to the market: construct it once and quotes drive it. The states,
 * operators and fields are wire contract (`@autoshares/client/contract`).
 */
import {
  PRICE_ALERT_FIELDS,
  PRICE_ALERT_OPERATORS,
  PRICE_ALERT_STATES,
  type PriceAlertField,
} from '@autoshares/client/contract';
import type { PriceAlertInfoModel, QuoteModel, Schemas, WorldEvent } from '../contract.ts';

export type PriceAlertEditableModel = Schemas['PriceAlertEditableModel'];
export type AlertState = NonNullable<PriceAlertInfoModel['State']>;

/** Why an alert operation failed (routes answer 409). */
export type AlertFailure = 'notFound' | 'invalid' | 'unknownSecurity';

export class AlertError extends Error {
  override readonly name = 'AlertError';
  constructor(
    readonly reason: AlertFailure,
    message: string,
  ) {
    super(message);
  }
}

/** The part of the market the alerts need. */
export interface AlertMarket {
  onQuote(listener: (quote: QuoteModel, securityId: number) => void): () => void;
  quote(securityId: number): QuoteModel | null;
}

export interface PriceAlertsOptions {
  market: AlertMarket;
  now: () => number;
  emit: (event: WorldEvent) => void;
}

interface StoredAlert {
  userId: number;
  info: Required<
    Pick<
      PriceAlertInfoModel,
      | 'Id'
      | 'State'
      | 'CreatedDate'
      | 'Operator'
      | 'SecurityId'
      | 'Symbol'
      | 'Field'
      | 'Argument'
      | 'ExpirationDate'
    >
  >;
}

/** Input as seeded (all fields of the editable model; State defaults to New). */
export type AlertSeed = Omit<PriceAlertEditableModel, 'State'> & {
  State?: AlertState;
  SecurityId: number;
  Argument: number;
};

export class PriceAlerts {
  private readonly alerts = new Map<number, StoredAlert>();
  /** Active (`New`) alerts per security, for the per-quote check. */
  private readonly watching = new Map<number, Set<StoredAlert>>();
  private nextId = 1001;
  private readonly unsubscribe: () => void;

  constructor(private readonly options: PriceAlertsOptions) {
    this.unsubscribe = options.market.onQuote((quote, securityId) => this.check(securityId, quote));
  }

  /** A user's alerts (after expiring any that are due), in creation order. */
  list(userId: number): PriceAlertInfoModel[] {
    this.sweep();
    return [...this.alerts.values()].filter((a) => a.userId === userId).map((a) => ({ ...a.info }));
  }

  /** One of the user's alerts; throws `notFound` for unknown ids and other users' alerts. */
  get(userId: number, alertId: number): PriceAlertInfoModel {
    this.sweep();
    return { ...this.own(userId, alertId).info };
  }

  /**
   * Creates an alert from a `PriceAlertEditableModel` (all six fields required; throws
   * `invalid` or `unknownSecurity`). Emits `alert`.
   */
  create(userId: number, input: unknown): PriceAlertInfoModel {
    const valid = this.validate(input);
    const stored = this.insert(userId, valid);
    this.emit(stored, false);
    return { ...stored.info };
  }

  /** Replaces an alert's editable fields (all six required). Emits `alert`. */
  modify(userId: number, alertId: number, input: unknown): PriceAlertInfoModel {
    const stored = this.own(userId, alertId);
    const valid = this.validate(input);
    this.unwatch(stored);
    Object.assign(stored.info, valid, { Symbol: this.symbolOf(valid.SecurityId) });
    this.watch(stored);
    this.emit(stored, false);
    return { ...stored.info };
  }

  /** Deletes an alert. Emits `alert` with `deleted: true`. */
  delete(userId: number, alertId: number): void {
    const stored = this.own(userId, alertId);
    this.unwatch(stored);
    this.alerts.delete(alertId);
    this.emit(stored, true);
  }

  /**
   * Seeds alerts for a user without events (demo data, stories, tests). Any State is allowed,
   * including past expirations. Returns the new ids.
   */
  seed(userId: number, alerts: AlertSeed[]): number[] {
    return alerts.map((a) => {
      const valid = this.validate({ State: 'New', ...a }, true);
      return this.insert(userId, valid).info.Id;
    });
  }

  /** Expires every `New` alert whose ExpirationDate has passed (emits `alert` for each). */
  sweep(): void {
    const nowSec = this.options.now() / 1000;
    for (const set of this.watching.values()) {
      for (const a of set) if (a.info.ExpirationDate <= nowSec) this.finish(a, 'Expired');
    }
  }

  /** Stops listening to the market. */
  dispose(): void {
    this.unsubscribe();
  }

  private insert(userId: number, valid: ValidAlert): StoredAlert {
    const stored: StoredAlert = {
      userId,
      info: {
        Id: this.nextId++,
        CreatedDate: Math.floor(this.options.now() / 1000),
        ...valid,
        Symbol: this.symbolOf(valid.SecurityId),
      },
    };
    this.alerts.set(stored.info.Id, stored);
    this.watch(stored);
    return stored;
  }

  private check(securityId: number, quote: QuoteModel): void {
    const set = this.watching.get(securityId);
    if (!set || set.size === 0) return;
    const nowSec = this.options.now() / 1000;
    for (const a of set) {
      if (a.info.ExpirationDate <= nowSec) {
        this.finish(a, 'Expired');
        continue;
      }
      const value = quote[a.info.Field as PriceAlertField];
      if (typeof value !== 'number' || value <= 0) continue;
      const hit = a.info.Operator === 'GTEQ' ? value >= a.info.Argument : value <= a.info.Argument;
      if (hit) this.finish(a, 'Completed');
    }
  }

  private finish(a: StoredAlert, state: AlertState): void {
    this.unwatch(a);
    a.info.State = state;
    this.emit(a, false);
  }

  private watch(a: StoredAlert): void {
    if (a.info.State !== 'New') return;
    let set = this.watching.get(a.info.SecurityId);
    if (!set) this.watching.set(a.info.SecurityId, (set = new Set()));
    set.add(a);
  }

  private unwatch(a: StoredAlert): void {
    this.watching.get(a.info.SecurityId)?.delete(a);
  }

  private emit(a: StoredAlert, deleted: boolean): void {
    this.options.emit({ type: 'alert', userId: a.userId, alert: { ...a.info }, deleted });
  }

  private own(userId: number, alertId: number): StoredAlert {
    const a = this.alerts.get(alertId);
    if (!a || a.userId !== userId)
      throw new AlertError('notFound', `Price alert ${alertId} is not found`);
    return a;
  }

  private symbolOf(securityId: number): string {
    return this.options.market.quote(securityId)?.Symbol ?? '';
  }

  /** Checks the six fields of `PriceAlertEditableModel`; names case-insensitive, enums too. */
  private validate(input: unknown, allowPast = false): ValidAlert {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
      throw new AlertError('invalid', 'Price alert is required');
    }
    const get = (name: string): unknown => {
      const key = Object.keys(input).find((k) => k.toLowerCase() === name.toLowerCase());
      return key === undefined ? undefined : (input as Record<string, unknown>)[key];
    };
    const pick = <T extends string>(name: string, allowed: readonly T[]): T => {
      const raw = get(name);
      const match =
        typeof raw === 'string'
          ? allowed.find((a) => a.toLowerCase() === raw.toLowerCase())
          : undefined;
      if (!match) throw new AlertError('invalid', `${name} must be one of ${allowed.join(', ')}`);
      return match;
    };
    const num = (name: string): number => {
      const raw = get(name);
      if (typeof raw !== 'number' || !Number.isFinite(raw))
        throw new AlertError('invalid', `${name} must be a number`);
      return raw;
    };
    const valid: ValidAlert = {
      State: pick('State', PRICE_ALERT_STATES),
      Operator: pick('Operator', PRICE_ALERT_OPERATORS),
      Field: pick('Field', PRICE_ALERT_FIELDS),
      SecurityId: num('SecurityId'),
      Argument: num('Argument'),
      ExpirationDate: num('ExpirationDate'),
    };
    if (
      !Number.isInteger(valid.SecurityId) ||
      this.options.market.quote(valid.SecurityId) === null
    ) {
      throw new AlertError('unknownSecurity', `Security ${valid.SecurityId} is not found`);
    }
    if (valid.Argument <= 0) throw new AlertError('invalid', 'Argument must be positive');
    if (!allowPast && valid.State === 'New' && valid.ExpirationDate <= this.options.now() / 1000) {
      throw new AlertError('invalid', 'ExpirationDate must be in the future');
    }
    return valid;
  }
}

interface ValidAlert {
  State: AlertState;
  Operator: string;
  Field: string;
  SecurityId: number;
  Argument: number;
  ExpirationDate: number;
}
