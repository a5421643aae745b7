import '@autoshares/widgets/price-alerts.js';
import type { Meta } from '@storybook/web-components-vite';
import { elementMeta, states, type Args, type Story } from './support/element-stories.ts';
import { click } from './support/play.ts';
import { apiAs } from './support/sandbox.ts';

const meta: Meta<Args> = {
  title: 'Elements/Price alerts',
  component: 'as-price-alerts',
  tags: ['autodocs'],
  ...elementMeta('as-price-alerts', { notify: true }),
};
export default meta;

export const Live: Story = {};

/** No alerts yet: the empty state. */
export const Empty: Story = states.prepared(async (user) => {
  const base = '/v1.0/users/@me/pricealerts';
  const page = (await (
    await apiAs(user, `${base}?pageSize=100&pageNumber=0&sortBy=Id&isDesc=false`)
  ).json()) as { Id: number }[] | { Result?: { Id: number }[] };
  const alerts = Array.isArray(page) ? page : (page.Result ?? []);
  for (const alert of alerts) await apiAs(user, `${base}/${alert.Id}`, { method: 'DELETE' });
});

/** The new-alert form after Create with nothing filled in: every field's message. */
export const NewAlertInvalid: Story = {
  play: async ({ canvasElement }) => {
    await click(canvasElement, 'New alert');
    await click(canvasElement, 'Create alert');
  },
};

/** Deleting an alert: the inline confirmation. */
export const DeleteConfirmation: Story = {
  play: ({ canvasElement }) => click(canvasElement, /^Delete alert \S+ /),
};

export const Loading = states.loading();
export const Failing = states.error();
export const RateLimited = states.rateLimited();
export const SignedOut = states.signedOut();
export const Stale = states.stale();
export const Dark = states.dark();
export const Narrow = states.narrow();
export const German = states.german();
