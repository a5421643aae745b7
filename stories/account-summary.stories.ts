import '@autoshares/widgets/account-summary.js';
import type { Meta } from '@storybook/web-components-vite';
import { elementMeta, states, type Args, type Story } from './support/element-stories.ts';

export default {
  title: 'Elements/Account summary',
  component: 'as-account-summary',
  tags: ['autodocs'],
  ...elementMeta('as-account-summary', {}),
} satisfies Meta<Args>;

export const Live: Story = {};
export const Loading = states.loading();
export const Failing = states.error();
export const SignedOut = states.signedOut();
export const Stale = states.stale();
export const Dark = states.dark();
export const Narrow = states.narrow();
export const German = states.german();
