import '@autoshares/widgets/account-value.js';
import type { Meta } from '@storybook/web-components-vite';
import { elementMeta, states, type Args, type Story } from './support/element-stories.ts';

const meta: Meta<Args> = {
  title: 'Elements/Account value',
  component: 'as-account-value',
  tags: ['autodocs'],
  ...elementMeta('as-account-value', { period: '1Y' }),
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

export const OneMonth: Story = { args: { period: '1M' } };
/** The whole history: the opening deposit is marked at its start. */
export const SinceOpening: Story = { args: { period: 'All' } };
