import { defineElement } from '../define.ts';
import { AutoSharesSymbolSearch } from './symbol-search.ts';

defineElement('as-symbol-search', AutoSharesSymbolSearch);
