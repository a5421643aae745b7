import { defineElement } from '../../shared/define.ts';
import { AutoSharesWatchlist } from './watchlist.ts';

defineElement('as-watchlist', AutoSharesWatchlist);
