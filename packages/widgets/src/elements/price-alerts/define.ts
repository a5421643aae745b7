import { defineElement } from '../../core/define.ts';
import { AutoSharesPriceAlerts } from './price-alerts.ts';

defineElement('as-price-alerts', AutoSharesPriceAlerts);
