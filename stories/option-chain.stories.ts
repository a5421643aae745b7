import '@autoshares/widgets/option-chain.js';
import type { Meta } from '@storybook/web-components-vite';
import { elementMeta, states, type Args, type Story } from './support/element-stories.ts';
import { click } from './support/play.ts';

const meta: Meta<Args> = {
  title: 'Elements/Option chain',
  component: 'as-option-chain',
  tags: ['autodocs'],
  ...elementMeta('as-option-chain', { symbol: 'AAPL', range: '5', 'link-group': '' }),
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

export const EveryStrike: Story = { args: { symbol: 'SPY', range: '0' } };
export const NoOptions: Story = { args: { symbol: 'KO' } };

/** Build spread: a call debit vertical at the money, its legs and live net price. */
export const BuildSpread: Story = {
  args: { symbol: 'QQQ' },
  play: async ({ canvasElement }) => {
    await click(canvasElement, 'Build spread');
    await click(canvasElement, 'Use at the money');
  },
};
