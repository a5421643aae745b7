import { defineElement } from '../../core/define.ts';
import { AutoSharesPositions } from './positions.ts';

defineElement('as-positions', AutoSharesPositions);
