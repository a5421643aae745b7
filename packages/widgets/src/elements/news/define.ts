import { defineElement } from '../../shared/define.ts';
import { AutoSharesNews } from './news.ts';

defineElement('as-news', AutoSharesNews);
