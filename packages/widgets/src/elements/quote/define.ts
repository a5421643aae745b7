import { defineElement } from '../../core/define.ts';
import { AutoSharesQuote } from './quote.ts';

defineElement('as-quote', AutoSharesQuote);
