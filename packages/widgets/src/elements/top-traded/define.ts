import { defineElement } from '../../shared/define.ts';
import { AutoSharesTopTraded } from './top-traded.ts';

defineElement('as-top-traded', AutoSharesTopTraded);
