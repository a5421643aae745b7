import { defineElement } from '../../core/define.ts';
import { AutoSharesPortfolioPerformance } from './portfolio-performance.ts';

defineElement('as-portfolio-performance', AutoSharesPortfolioPerformance);

/** The element class, for wrappers (`@autoshares/react`) that import one element only. */
export { AutoSharesPortfolioPerformance };
