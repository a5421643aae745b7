import '@autoshares/widgets/quote.js';
import '@autoshares/widgets/account-summary.js';
import '@autoshares/widgets/positions.js';
import '@autoshares/widgets/orders.js';
import '@autoshares/widgets/order-ticket.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';

/**
 * A dashboard in a right-to-left locale (Hebrew, `he-IL`): every widget sets `dir="rtl"` on
 * itself, so the layout mirrors (titles and labels start on the right, tables read from the
 * right, inline spacing uses logical properties) while numbers stay left to right. There is no
 * Hebrew catalogue yet: the words are English, in a mirrored layout (see docs/translations.md).
 */
const meta: Meta = {
  title: 'Layouts/Right to left',
  globals: { locale: 'he-IL' },
  render: () => {
    const grid = document.createElement('div');
    grid.style.display = 'grid';
    grid.style.gridTemplateColumns = 'repeat(auto-fit, minmax(min(100%, 22rem), 1fr))';
    grid.style.gap = '1rem';
    for (const [tag, attributes] of [
      ['as-quote', { symbol: 'AAPL' }],
      ['as-account-summary', {}],
      ['as-order-ticket', { symbol: 'AAPL', type: 'Limit' }],
      ['as-positions', {}],
      ['as-orders', {}],
    ] as const) {
      const el = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      if (tag === 'as-positions' || tag === 'as-orders') el.style.gridColumn = '1 / -1';
      grid.append(el);
    }
    return grid;
  },
  parameters: { width: '1200px' },
};
export default meta;

/** Hebrew: the dashboard mirrored. */
export const Hebrew: StoryObj = {};
