import '@autoshares/widgets/equity-awards.js';
import type { Meta, StoryContext } from '@storybook/web-components-vite';
import { renderElement, states, type Args, type Story } from './support/element-stories.ts';
import { until } from './support/play.ts';
import {
  installShareworksBridges,
  shareworksProvider,
  type StoryPerson,
} from './support/shareworks.ts';

/**
 * The element and, after it, its `<as-provider>`: the in-page Shareworks bridge of the story's
 * person (`parameters.person`, default Dana, the demo employee).
 */
function render(args: Args, context: StoryContext): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const person = (context.parameters.person as StoryPerson | undefined) ?? 'dana';
  fragment.append(renderElement('as-equity-awards')(args), shareworksProvider(person));
  return fragment;
}

const meta: Meta<Args> = {
  title: 'Elements/Equity awards',
  component: 'as-equity-awards',
  tags: ['autodocs'],
  render,
  args: { symbol: '' },
  loaders: [() => installShareworksBridges().then(() => ({}))],
};
export default meta;

/** Dana's grants, valued at the live NVDA price (AutoShares signed in). */
export const Live: Story = {};
/** AutoShares signed out: the grants without values, and a note. */
export const AutoSharesSignedOut: Story = states.signedOut();
export const Loading: Story = { parameters: { person: 'loading' } };
/** The bridge cannot reach Shareworks (502). */
export const Failing: Story = { parameters: { person: 'failing' } };
/** The host maps the person to no awards at this company (the bridge's 404). */
export const NotAvailable: Story = { name: 'Error', parameters: { person: 'misfiled' } };
export const RateLimited: Story = { name: 'Rate limited', parameters: { person: 'rate-limited' } };
/** Signed out of Shareworks (the bridge's 401). */
export const SignedOut: Story = { parameters: { person: 'nobody' } };
export const Empty: Story = { parameters: { person: 'empty' } };
/** Grants shown, then a refresh refused with 429: "Rate limited — showing earlier data". */
export const Stale: Story = {
  parameters: { person: 'stale' },
  play: async ({ canvasElement }) => {
    const el = await until(() => canvasElement.querySelector('as-equity-awards'));
    await until(() => el.shadowRoot?.querySelector('tbody tr'));
    el.session?.client.queries.invalidate(['provider', 'shareworks']);
  },
};
export const Dark = states.dark();
export const Narrow = states.narrow();
export const German = states.german();
