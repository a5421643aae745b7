import '@autoshares/widgets/agreements.js';
import '@autoshares/widgets/quote.js';
import type { Meta } from '@storybook/web-components-vite';
import { elementMeta, states, type Args, type Story } from './support/element-stories.ts';
import { setUnsignedAgreements } from './support/sandbox.ts';

const meta: Meta<Args> = {
  title: 'Elements/Agreements',
  component: 'as-agreements',
  tags: ['autodocs'],
  ...elementMeta('as-agreements'),
};
export default meta;

/** The market-data agreement waits (the demo login's state): quotes are delayed until it is signed. */
const marketDataUnsigned = () =>
  states.prepared((user) => setUnsignedAgreements(user, ['Quotemedia']));

export const Unsigned: Story = marketDataUnsigned();
export const AllSigned: Story = { name: 'All signed' };
export const SeveralUnsigned: Story = {
  name: 'Several unsigned',
  ...states.prepared((user) => setUnsignedAgreements(user, ['Platform', 'Quotemedia', 'Quodd'])),
};
/** Beside a delayed quote: tick "I agree" and Sign, and the quote's "Delayed 15 min" goes. */
export const WithDelayedQuote: Story = {
  name: 'With a delayed quote',
  ...marketDataUnsigned(),
  render: (args: Args) => {
    const wrap = document.createElement('div');
    wrap.style.cssText = 'display:grid;gap:12px';
    const quote = document.createElement('as-quote');
    quote.setAttribute('symbol', 'AAPL');
    wrap.append(quote, meta.render!(args, undefined as never) as HTMLElement);
    return wrap;
  },
};
export const Loading = states.loading();
export const Failing = states.error();
export const RateLimited = states.rateLimited();
export const SignedOut = states.signedOut();
export const Dark: Story = { ...marketDataUnsigned(), ...states.dark() };
export const Narrow: Story = {
  parameters: { ...marketDataUnsigned().parameters, ...states.narrow().parameters },
};
export const German: Story = { ...marketDataUnsigned(), ...states.german() };
