import { defineElement } from '../../core/define.ts';
import { AutoSharesNews } from './news.ts';

defineElement('as-news', AutoSharesNews);
