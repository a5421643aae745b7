import { defineElement } from '../../core/define.ts';
import { AutoSharesTopTraded } from './top-traded.ts';

defineElement('as-top-traded', AutoSharesTopTraded);
