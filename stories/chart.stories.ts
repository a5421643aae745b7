import '@autoshares/widgets/chart.js';
import type { Meta } from '@storybook/web-components-vite';
import { elementMeta, states, type Args, type Story } from './support/element-stories.ts';

const meta: Meta<Args> = {
  title: 'Elements/Chart',
  component: 'as-chart',
  tags: ['autodocs'],
  ...elementMeta('as-chart', {
    symbol: 'AAPL',
    period: '1M',
    indicators: 'sma:20',
    'link-group': '',
  }),
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

export const OneDay: Story = { args: { period: '1D', indicators: '' } };
