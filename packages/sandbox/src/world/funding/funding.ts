/**
 * The funding book of every account: linked banks ({@link AchRelationships}) and transfers
 * ({@link Transfers}), moved on by the clock. `sweep(until)` carries out everything due by
 * `until` (micro-deposits arriving, transfers settling, holds ending) in time order; the world
 * sweeps on every step and the funding routes before answering. `advance(n)` (the control API)
 * carries out now what is due within the next `n` business days.
 */
import { easternDayStart } from '../market/eastern-time.ts';
import { AchRelationships } from './ach-relationships.ts';
import { addBusinessDays } from './business-days.ts';
import { Transfers } from './transfers.ts';
import { validationError } from '../../http/errors.ts';
import type { AccountState } from '../broker/types.ts';
import type { FundingHost } from './types.ts';

export class Funding {
  readonly ach: AchRelationships;
  readonly transfers: Transfers;

  /** Field messages the next funding write of an account is refused with (control API). */
  private readonly refusals = new Map<number, Record<string, string[]>>();

  constructor(private readonly host: FundingHost) {
    this.ach = new AchRelationships(host);
    this.transfers = new Transfers(host);
  }

  /** Carries out what is due by `until` (default: now). Returns how many things happened. */
  sweep(until = this.host.now()): number {
    const now = this.host.now();
    type Due = { at: number; run: () => void };
    const due: Due[] = [];
    for (const r of this.ach.pending())
      if (r.arrivesAt <= until) due.push({ at: r.arrivesAt, run: () => this.ach.arrive(r) });
    for (const t of this.transfers.open()) {
      if (t.resource.Status === 'Pending' && t.settlesAt <= until)
        due.push({
          at: t.settlesAt,
          run: () => this.transfers.settle(t, Math.min(now, t.settlesAt)),
        });
    }
    due.sort((a, b) => a.at - b.at);
    for (const d of due) d.run();
    // Holds start on settlement, so look for their ends after settling.
    let released = 0;
    for (const t of this.transfers.open()) {
      if (t.releasesAt !== undefined && t.releasesAt <= until) {
        this.transfers.release(t);
        released++;
      }
    }
    return due.length + released;
  }

  /** Carries out now what is due within the next `businessDays` business days (end of that day). */
  advance(businessDays: number): number {
    const now = this.host.now();
    const horizon = addBusinessDays(easternDayStart(now), businessDays + 1) - 1;
    return this.sweep(businessDays <= 0 ? now : horizon);
  }

  /**
   * The next funding write of `accountId` (link, rename, transfer) is refused with a 422 carrying
   * `errors` (a ModelState: `{"model.RoutingNumber": ["…"]}`), as a server whose own checks go
   * further than the kit's would (sandbox behaviour, control API).
   */
  refuseNext(accountId: number, errors: Record<string, string[]>): void {
    this.refusals.set(accountId, errors);
  }

  /** Throws the refusal set for the account's next funding write, once. */
  takeRefusal(account: AccountState): void {
    const errors = this.refusals.get(account.id);
    if (!errors) return;
    this.refusals.delete(account.id);
    throw validationError(errors, 422);
  }
}
