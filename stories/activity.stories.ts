import '@autoshares/widgets/activity.js';
import type { Meta } from '@storybook/web-components-vite';
import { elementMeta, states, type Args, type Story } from './support/element-stories.ts';

const meta: Meta<Args> = {
  title: 'Elements/Activity',
  component: 'as-activity',
  tags: ['autodocs'],
  ...elementMeta('as-activity', { type: '', from: '', to: '', 'page-size': '10' }),
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

/** Only payments: deposits, dividends, interest, fees. */
export const Payments: Story = { args: { type: 'Payment' } };
/** Trades of the first quarter. */
export const TradesInARange: Story = {
  args: { type: 'OrderExecution', from: '2026-01-01', to: '2026-03-31' },
};
/** Nothing matches: a range in the future. */
export const NothingMatches: Story = { args: { from: '2099-01-01', to: '2099-12-31' } };
/** The start after the end: a specific message, nothing asked. */
export const StartAfterEnd: Story = { args: { from: '2026-03-10', to: '2026-03-01' } };
