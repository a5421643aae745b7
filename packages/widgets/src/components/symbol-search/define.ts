import { defineElement } from '../../core/define.ts';
import { AutoSharesSymbolSearch } from './symbol-search.ts';

defineElement('as-symbol-search', AutoSharesSymbolSearch);
