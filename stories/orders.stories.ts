import '@autoshares/widgets/orders.js';
import type { Meta } from '@storybook/web-components-vite';
import { elementMeta, states, type Args, type Story } from './support/element-stories.ts';
import { click } from './support/play.ts';

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
