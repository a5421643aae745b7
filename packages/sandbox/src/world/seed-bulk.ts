/**
 * Bigger users for benchmarks and stress tests (`POST /__sandbox/users` with
 * `{positions, watchlistSize}`): on top of the seeded shape, more positions in the margin
 * account (bought in the past at prices up to 20 % either side of today's, so some gain and
 * some lose, paid for by an extra deposit so the cash stays as seeded) and one more watchlist
 * of the first N listed securities. Deterministic from the generator handed in.
 */
import type { Random } from './random.ts';
import { commissionFor, round } from './broker/money.ts';
import { recordTransaction } from './broker/transactions.ts';
import { cents, markDayStart, pastFill, SEEDED_POSITIONS, tradingInstant } from './seed.ts';
import type { SeedContext } from './seed.ts';
import type { UserRecord } from './users.ts';
import type { Market } from './market/market.ts';

/** What a fresh user may ask for beyond the seeded shape. */
export interface BulkUserOptions {
  /**
   * Open positions of the margin account: the seeded ones plus enough more (in listing order),
   * from the seeded count ({@link SEEDED_POSITIONS}) to every tradable listing.
   */
  positions?: number;
  /** Adds a watchlist of the first N listed securities (id order), listed after the seeded two. */
  watchlistSize?: number;
}

/** Listings a position can be bought in (mutual funds are not tradable), in id order. */
function tradable(market: Market) {
  return market.securities().filter((s) => s.AllowTrade);
}

/** Why the options cannot be met by this market, or null when they can. */
export function bulkOptionsProblem(options: BulkUserOptions, market: Market): string | null {
  const { positions, watchlistSize } = options;
  const listed = market.securities().length;
  const tradableCount = tradable(market).length;
  const hint = 'start the sandbox with extraSecurities to list more';
  if (
    positions !== undefined &&
    (!Number.isInteger(positions) || positions < SEEDED_POSITIONS || positions > tradableCount)
  )
    return `positions must be an integer from ${SEEDED_POSITIONS} (the seeded holdings) to ${tradableCount} (the tradable listings; ${hint}).`;
  if (
    watchlistSize !== undefined &&
    (!Number.isInteger(watchlistSize) || watchlistSize < 1 || watchlistSize > listed)
  )
    return `watchlistSize must be an integer from 1 to ${listed} (the listed securities; ${hint}).`;
  return null;
}

/**
 * Adds what `options` asks for to a freshly seeded user (check {@link bulkOptionsProblem}
 * first). Returns the id of the added watchlist, if any.
 */
export function addBulk(
  ctx: SeedContext,
  user: UserRecord,
  options: BulkUserOptions,
  random: Random,
): { watchlistId?: number } {
  if (options.positions !== undefined) morePositions(ctx, user, options.positions, random);
  if (options.watchlistSize === undefined) return {};
  const ids = ctx.market
    .securities()
    .slice(0, options.watchlistSize)
    .map((s) => s.Id ?? 0);
  const [watchlistId] = ctx.watchlists.seed(user.id, [
    { name: `Large watchlist (${ids.length})`, securities: ids },
  ]);
  return { watchlistId };
}

function morePositions(ctx: SeedContext, user: UserRecord, count: number, random: Random): void {
  const account = ctx.broker.accounts.get(user.accountIds[0] ?? -1);
  if (!account) return;
  const held = new Set(
    [...account.positions.values()].filter((p) => p.quantity !== 0).map((p) => p.securityId),
  );
  const wanted = tradable(ctx.market)
    .filter((s) => !held.has(s.Id ?? 0))
    .slice(0, Math.max(0, count - held.size));
  const buys = wanted.flatMap((security) => {
    const last = ctx.market.lastPrice(security.Id ?? 0);
    if (last === null || !security.Symbol) return [];
    const quantity = Math.max(1, Math.round(random.float(1_500, 6_000) / last));
    const price = cents(last * random.float(0.8, 1.2));
    const at = tradingInstant(ctx.now, random.int(5, 300), random);
    return [{ symbol: security.Symbol, quantity, price, at }];
  });
  if (buys.length === 0) return;
  buys.sort((a, b) => a.at - b.at);
  // Paid for by a deposit just before the first buy, so the seeded cash stays as it was.
  const cost = buys.reduce(
    (sum, b) => sum + round(b.quantity * b.price) + commissionFor(b.quantity, b.price),
    0,
  );
  const amount = round(cost);
  account.cash = round(account.cash + amount);
  recordTransaction(account, ctx.broker.nextTransactionId(), 'Payment', buys[0].at - 3_600_000, {
    Value: amount,
    Description: 'Additional deposit (ACH)',
  });
  for (const b of buys)
    pastFill(
      ctx,
      account,
      b.symbol,
      'Buy',
      b.quantity,
      b.price,
      b.at,
      b.quantity > 50 ? 'Limit' : 'Market',
    );
  markDayStart(ctx, account);
}
