import type { StreamQuote } from '@autoshares/client';
import { finiteNumber } from '../core/finite.ts';

/**
 * The last traded price a quote shows (what a "Last" column or a quote's price shows): `Last`,
 * else `Price`, which keeps moving in extended hours when `Last` freezes (api-reference §12).
 * Unlike `livePrice` in `pnl.ts` (the price a position is marked at), a zero `Last` is shown as
 * is and there is no bid/ask midpoint fallback.
 */
export const lastPrice = (quote: StreamQuote | undefined): number | undefined =>
  finiteNumber(quote?.Last) ?? finiteNumber(quote?.Price);
