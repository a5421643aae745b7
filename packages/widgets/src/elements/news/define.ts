import { defineElement } from '../../core/define.ts';
import { AutoSharesNews } from './news.ts';

defineElement('as-news', AutoSharesNews);

/** The element class, for wrappers (`@autoshares/react`) that import one element only. */
export { AutoSharesNews };
