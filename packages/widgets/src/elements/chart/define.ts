import { defineElement } from '../../core/define.ts';
import { AutoSharesChart } from './chart.ts';

defineElement('as-chart', AutoSharesChart);

/** The element class, for wrappers (`@autoshares/react`) that import one element only. */
export { AutoSharesChart };
