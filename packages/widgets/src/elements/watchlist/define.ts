import { defineElement } from '../../core/define.ts';
import { AutoSharesWatchlist } from './watchlist.ts';

defineElement('as-watchlist', AutoSharesWatchlist);

/** The element class, for wrappers (`@autoshares/react`) that import one element only. */
export { AutoSharesWatchlist };
