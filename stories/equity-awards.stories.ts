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

const person = (who: StoryPerson, story: Story = {}): Story => ({
  ...story,
  parameters: { ...story.parameters, person: who },
});

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
export const Loading = person('loading');
export const Failing = person('failing', { name: 'Failing' });
/** The host maps the person to no awards at this company (the bridge's 404). */
export const NotAvailable = person('misfiled', { name: 'Error' });
export const RateLimited = person('rate-limited', { name: 'Rate limited' });
/** Signed out of Shareworks (the bridge's 401). */
export const SignedOut = person('nobody');
export const Empty = person('empty');
/** Grants shown, then a refresh refused with 429: "Rate limited — showing earlier data". */
export const Stale = person('stale', {
  play: async ({ canvasElement }) => {
    const el = await until(() => canvasElement.querySelector('as-equity-awards'));
    await until(() => el.shadowRoot?.querySelector('tbody tr'));
    el.session?.client.queries.invalidate(['provider', 'shareworks']);
  },
});
export const Dark = states.dark();
export const Narrow = states.narrow();
export const German = states.german();
