import { defineElement } from '../../core/define.ts';
import { AutoSharesChart } from './chart.ts';

defineElement('as-chart', AutoSharesChart);
