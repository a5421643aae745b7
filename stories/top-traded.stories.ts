import '@autoshares/widgets/top-traded.js';
import type { Meta } from '@storybook/web-components-vite';
import { elementMeta, states, type Args, type Story } from './support/element-stories.ts';

const meta: Meta<Args> = {
  title: 'Elements/Top traded',
  component: 'as-top-traded',
  tags: ['autodocs'],
  ...elementMeta('as-top-traded', { period: '1Y', limit: 10, 'link-group': '' }),
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

export const AllTime: Story = { args: { period: 'all', limit: 5 } };
