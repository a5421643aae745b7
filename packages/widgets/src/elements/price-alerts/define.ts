import { defineElement } from '../../core/define.ts';
import { AutoSharesPriceAlerts } from './price-alerts.ts';

defineElement('as-price-alerts', AutoSharesPriceAlerts);

/** The element class, for wrappers (`@autoshares/react`) that import one element only. */
export { AutoSharesPriceAlerts };
