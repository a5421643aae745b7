import { defineElement } from '../../core/define.ts';
import { AutoSharesWatchlist } from './watchlist.ts';

defineElement('as-watchlist', AutoSharesWatchlist);
