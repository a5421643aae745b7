import { defineElement } from '../../shared/define.ts';
import { AutoSharesPositions } from './positions.ts';

defineElement('as-positions', AutoSharesPositions);
