import { defineElement } from '../../shared/define.ts';
import { AutoSharesChart } from './chart.ts';

defineElement('as-chart', AutoSharesChart);
