import { defineElement } from '../../shared/define.ts';
import { AutoSharesQuote } from './quote.ts';

defineElement('as-quote', AutoSharesQuote);
