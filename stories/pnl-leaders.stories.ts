import '@autoshares/widgets/pnl-leaders.js';
import type { Meta } from '@storybook/web-components-vite';
import { elementMeta, states, type Args, type Story } from './support/element-stories.ts';

const meta: Meta<Args> = {
  title: 'Elements/P&L leaders',
  component: 'as-pnl-leaders',
  tags: ['autodocs'],
  ...elementMeta('as-pnl-leaders', { mode: 'unrealized', limit: 5, 'link-group': '' }),
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

export const DayMode: Story = { args: { mode: 'day' } };
export const Realized: Story = { args: { mode: 'realized' } };
