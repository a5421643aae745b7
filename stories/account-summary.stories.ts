import '@autoshares/widgets/account-summary.js';
import type { Meta } from '@storybook/web-components-vite';
import { elementMeta, states, type Args, type Story } from './support/element-stories.ts';

const meta: Meta<Args> = {
  title: 'Elements/Account summary',
  component: 'as-account-summary',
  tags: ['autodocs'],
  ...elementMeta('as-account-summary', {}),
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
