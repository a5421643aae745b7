import '@autoshares/widgets/positions.js';
import type { Meta } from '@storybook/web-components-vite';
import { elementMeta, states, type Args, type Story } from './support/element-stories.ts';

const meta: Meta<Args> = {
  title: 'Elements/Positions',
  component: 'as-positions',
  tags: ['autodocs'],
  ...elementMeta('as-positions', { 'link-group': '' }),
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
