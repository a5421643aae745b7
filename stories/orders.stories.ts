import '@autoshares/widgets/orders.js';
import type { Meta } from '@storybook/web-components-vite';
import { elementMeta, states, type Args, type Story } from './support/element-stories.ts';
import { click } from './support/play.ts';
import { placeOptionAndConditionalOrders } from './support/option-orders.ts';

const meta: Meta<Args> = {
  title: 'Elements/Orders',
  component: 'as-orders',
  tags: ['autodocs'],
  ...elementMeta('as-orders', { filter: 'open' }),
};
export default meta;

export const Live: Story = {};
export const Loading = states.loading();
export const Failing = states.error();
export const RateLimited = states.rateLimited();
export const SignedOut = states.signedOut();
export const Stale = states.stale();
export const Dark = states.dark();
export const Narrow = states.narrow();
export const German = states.german();

export const Filled: Story = { args: { filter: 'filled' } };
export const All: Story = { args: { filter: 'all' } };

/** Cancelling an open order: the confirmation panel. */
export const CancelConfirmation: Story = {
  play: ({ canvasElement }) => click(canvasElement, /^Cancel (Buy|Sell)/),
};

/** Replacing an open order: the quantity and price form. */
export const Replace: Story = {
  play: ({ canvasElement }) => click(canvasElement, /^Replace (Buy|Sell)/),
};

/**
 * An option order (its contract in words, 100 shares per contract, Buy to open), a call
 * vertical (one row, its legs under it) and a bracket (its security, "Bracket", its legs with
 * their prices; the exits wait as Suspended).
 */
export const OptionAndConditional: Story = states.prepared(placeOptionAndConditionalOrders);

/** The same rows in German: contract dates and strikes, option sides, the bracket's kind. */
export const OptionAndConditionalGerman: Story = {
  ...OptionAndConditional,
  globals: { locale: 'de-DE' },
};

/** The same rows at 280 px: side, type and status under the contract. */
export const OptionAndConditionalNarrow: Story = {
  ...OptionAndConditional,
  parameters: { ...OptionAndConditional.parameters, width: '280px' },
};

/** Replacing an option order's limit price: the form names the contract. */
export const OptionReplace: Story = {
  ...OptionAndConditional,
  play: ({ canvasElement }) => click(canvasElement, /^Replace Buy to open 2 SPY /),
};

/** Cancelling a bracket: one confirmation for the root and its legs. */
export const BracketCancelConfirmation: Story = {
  ...OptionAndConditional,
  play: ({ canvasElement }) => click(canvasElement, /^Cancel Bracket: /),
};

/** Moving a bracket's stop loss: a working leg is replaced on its own. */
export const BracketLegReplace: Story = {
  ...OptionAndConditional,
  play: ({ canvasElement }) => click(canvasElement, /^Replace Sell 5 JPM, Stop /),
};
