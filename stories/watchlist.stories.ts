import '@autoshares/widgets/watchlist.js';
import type { Meta } from '@storybook/web-components-vite';
import { elementMeta, states, type Args, type Story } from './support/element-stories.ts';
import { apiAs } from './support/sandbox.ts';

const meta: Meta<Args> = {
  title: 'Elements/Watchlist',
  component: 'as-watchlist',
  tags: ['autodocs'],
  ...elementMeta('as-watchlist', { 'link-group': 'main', readonly: false }),
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

/** The user has no watchlist yet: an empty state offering to create one. */
export const Empty: Story = states.prepared(async (user) => {
  const lists = (await (
    await apiAs(user, '/v1.0/users/@me/watchlists?includeSecurities=false')
  ).json()) as { Id: number }[];
  for (const list of lists)
    await apiAs(user, `/v1.0/users/@me/watchlists/${list.Id}`, { method: 'DELETE' });
});

export const Readonly: Story = { args: { readonly: true } };
