import '@autoshares/widgets/quote.js';
import type { Meta } from '@storybook/web-components-vite';
import { elementMeta, states, type Args, type Story } from './support/element-stories.ts';
import { setUnsignedAgreements } from './support/sandbox.ts';

const meta: Meta<Args> = {
  title: 'Elements/Quote',
  component: 'as-quote',
  tags: ['autodocs'],
  ...elementMeta('as-quote', { symbol: 'AAPL', 'link-group': '', 'announce-moves': '' }),
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

export const AnotherSymbol: Story = { args: { symbol: 'NVDA' } };
/** The market-data agreement is not signed: quotes 15 minutes late, marked "Delayed 15 min". */
export const Delayed: Story = states.prepared((user) =>
  setUnsignedAgreements(user, ['Quotemedia']),
);
