import '@autoshares/widgets/portfolio-performance.js';
import '@autoshares/widgets/session.js';
import type { Meta } from '@storybook/web-components-vite';
import { renderElement, states, type Args, type Story } from './support/element-stories.ts';
import { STORY_SHARESIGHT, type StorySharesightMode } from './support/sharesight-bridge.ts';

/**
 * The element with its `<as-provider name="sharesight">`, whose bridge is the stories' stand-in
 * (`support/sharesight-bridge.ts`) in the given mode: the in-browser sandbox's Sharesight as the
 * demo person, or one of the bridge's states.
 */
function render(mode: StorySharesightMode) {
  return (args: Args): HTMLElement => {
    const frame = document.createElement('div');
    const provider = document.createElement('as-provider');
    provider.setAttribute('name', 'sharesight');
    provider.setAttribute('endpoint', `${STORY_SHARESIGHT}/${mode}`);
    provider.setAttribute('sign-in-url', `${STORY_SHARESIGHT}/${mode}/connect`);
    frame.append(renderElement('as-portfolio-performance')(args), provider);
    return frame;
  };
}

const meta: Meta<Args> = {
  title: 'Elements/Portfolio performance',
  component: 'as-portfolio-performance',
  tags: ['autodocs'],
  render: render('connected'),
  args: { period: '1Y', grouping: 'market' },
};
export default meta;

export const Live: Story = {};
/** Sharesight's answers never come: the loading skeleton. */
export const Loading: Story = { render: render('loading') };
/** The bridge fails (Sharesight answered 500): the message, "Retrying in N s" and Retry. */
export const Failing: Story = { name: 'Error', render: render('error') };
/** The bridge answers 429 (Sharesight's minute limit): "Rate limited", retrying. */
export const RateLimited: Story = { name: 'Rate limited', render: render('rate-limited') };
/** The person has not connected Sharesight: the provider's signed-out view, "Connect Sharesight". */
export const SignedOut: Story = { render: render('not-connected') };
/** A Sharesight person without a portfolio. */
export const Empty: Story = { render: render('empty') };
/** Signed out of AutoShares: Sharesight's figures still show (its sign-in is the site's). */
export const SignedOutOfAutoShares = states.signedOut();
export const Dark = states.dark();
export const Narrow = states.narrow();
export const German = states.german();

/** Since inception, grouped by sector: every dividend of the portfolio. */
export const SinceInceptionBySector: Story = {
  args: { period: 'All', grouping: 'sector_classification' },
};
