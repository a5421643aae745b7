/**
 * What `<as-equity-awards>` reads from the host's Shareworks bridge (`GET me/grants`,
 * `GET me/vesting`, see `@autoshares/host`'s `BridgeGrantsResponse` / `BridgeVestingResponse`)
 * and the figures it derives: an award's value at a price, expiry warnings, the tranches to come.
 */

/** One vesting tranche; dates are `YYYY-MM-DD` (UTC), as the bridge sends them. */
export interface AwardTranche {
  date: string;
  shares: number;
  /** On or before the bridge's `asOf` day. */
  vested: boolean;
}

/** A grant as the bridge sends it (the fields shown). */
export interface AwardGrant {
  grantId: number;
  grantNumber: string;
  grantName: string;
  awardTypeName: string;
  grantDate: string;
  expiryDate: string;
  /** The exercise (strike) price of an option; 0 for share awards (RSU, PSU). */
  grantPrice: number;
  grantCurrency: string;
  grantedShares: number;
  exercisedShares: number;
  vestedShares: number;
  unvestedShares: number;
  nextVest: AwardTranche | null;
}

/** `GET me/grants` */
export interface AwardGrants {
  companyName: string;
  /** The AutoShares symbol of the company's stock (the host's mapping), or null. */
  symbol: string | null;
  stakeholderName: string;
  /** The day "vested" is counted to, `YYYY-MM-DD` (UTC). */
  asOf: string;
  grants: AwardGrant[];
}

/** `GET me/vesting` */
export interface AwardVesting {
  asOf: string;
  nextVest: { date: string; shares: number; grantIds: number[] } | null;
  grants: {
    grantId: number;
    grantNumber: string;
    awardTypeName: string;
    tranches: AwardTranche[];
  }[];
}

/** An upcoming tranche of one grant. */
export interface UpcomingTranche extends AwardTranche {
  grantId: number;
  grantNumber: string;
  awardTypeName: string;
}

/** Grants expiring within this many days are flagged. */
export const EXPIRY_WARNING_DAYS = 90;

const DAY_MS = 86_400_000;

/** Midnight UTC of a `YYYY-MM-DD` day, epoch ms (NaN when malformed). */
export function dayTime(day: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? Date.parse(`${day}T00:00:00Z`) : Number.NaN;
}

/** An option (it has an exercise price) rather than a share award (RSU, PSU). */
export const isOption = (grant: AwardGrant): boolean => grant.grantPrice > 0;

/** Vested options not yet exercised (what could be exercised now). */
export const exercisableShares = (grant: AwardGrant): number =>
  Math.max(0, grant.vestedShares - grant.exercisedShares);

/**
 * The value of what has vested at `price`: for a share award, vested shares × price; for an
 * option, its intrinsic value, max(0, price − exercise price) × vested unexercised shares.
 */
export function vestedValue(grant: AwardGrant, price: number): number {
  if (isOption(grant)) return Math.max(0, price - grant.grantPrice) * exercisableShares(grant);
  return grant.vestedShares * price;
}

export type ExpiryStatus = { kind: 'expired' } | { kind: 'expiring'; days: number } | null;

/**
 * Expired (its expiry day is before `asOf`), expiring within {@link EXPIRY_WARNING_DAYS} days
 * (0: today is the last day), or null.
 */
export function expiryStatus(grant: Pick<AwardGrant, 'expiryDate'>, asOf: string): ExpiryStatus {
  const days = Math.round((dayTime(grant.expiryDate) - dayTime(asOf)) / DAY_MS);
  if (!Number.isFinite(days)) return null;
  if (days < 0) return { kind: 'expired' };
  return days <= EXPIRY_WARNING_DAYS ? { kind: 'expiring', days } : null;
}

/** The tranches still to vest across every grant, soonest first (at most `limit`). */
export function upcomingTranches(vesting: AwardVesting, limit: number): UpcomingTranche[] {
  return vesting.grants
    .flatMap((g) =>
      g.tranches
        .filter((t) => !t.vested)
        .map((t) => ({
          ...t,
          grantId: g.grantId,
          grantNumber: g.grantNumber,
          awardTypeName: g.awardTypeName,
        })),
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.grantId - b.grantId)
    .slice(0, limit);
}
