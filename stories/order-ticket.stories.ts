import '@autoshares/widgets/order-ticket.js';
import type { Meta } from '@storybook/web-components-vite';
import { elementMeta, states, type Args, type Story } from './support/element-stories.ts';
import { click } from './support/play.ts';
import { faultFor } from './support/sandbox.ts';
import type { SandboxLoaded } from './support/session.ts';

const meta: Meta<Args> = {
  title: 'Elements/Order ticket',
  component: 'as-order-ticket',
  tags: ['autodocs'],
  ...elementMeta('as-order-ticket', {
    symbol: 'SNAP',
    side: 'Buy',
    quantity: 3,
    type: 'Market',
    'limit-price': '',
    'link-group': '',
  }),
};
export default meta;

/** Step 1: the form, with a live bid/ask/last. */
export const Edit: Story = {};

/** A limit order without a price: the inline field message after Review. */
export const InvalidField: Story = {
  args: { type: 'Limit', quantity: 3 },
  play: ({ canvasElement }) => click(canvasElement, 'Review order'),
};

/** Step 2: the server's preview (cost, commission, buying power) before placing. */
export const Review: Story = {
  play: ({ canvasElement }) => click(canvasElement, 'Review order'),
};

/** The preview says no: far beyond the buying power. */
export const PreviewRejected: Story = {
  args: { quantity: 900000, symbol: 'AAPL' },
  play: ({ canvasElement }) => click(canvasElement, 'Review order'),
};

/** Step 3: placed, the status following the order stream to the fill. */
export const Placed: Story = {
  play: async ({ canvasElement }) => {
    await click(canvasElement, 'Review order');
    await click(canvasElement, 'Place order');
  },
};

/** Review, turn on a fault for this story's user, then Place. */
const placeWith =
  (fault: Record<string, unknown>): Story['play'] =>
  async ({ canvasElement, loaded }) => {
    await click(canvasElement, 'Review order');
    const { user } = loaded.sandbox as SandboxLoaded;
    if (user) await faultFor(user, fault);
    await click(canvasElement, 'Place order');
  };

/** The placement answer is late: unconfirmed until the answer comes ("placed once"). */
export const SlowPlacement: Story = {
  args: { 'place-timeout': 400 },
  play: placeWith({ latencyMs: 1500 }),
};

/**
 * No answer and not found yet: the order may still arrive, so Try again is not offered while
 * the request runs and the look-ups go on (the sandbox holds the placement for two minutes).
 */
export const Unconfirmed: Story = {
  args: { 'place-timeout': 400, 'confirm-window': 180000 },
  play: placeWith({ placementDelayMs: 120000 }),
};

/** The placement failed before it reached AutoShares: known absent, Try again (same ClientId). */
export const NotPlaced: Story = {
  play: placeWith({ serverError: { count: 1, status: 503 } }),
};

/** A 429 storm when the symbol changes: the form stays, its quote says it is rate limited and retries by itself. */
export const RateLimitedQuote: Story = {
  play: async ({ canvasElement, loaded }) => {
    const { user } = loaded.sandbox as SandboxLoaded;
    if (user) await faultFor(user, { rateLimit: { count: 1000, retryAfterSeconds: 30 } });
    const ticket = canvasElement.querySelector('as-order-ticket');
    ticket?.setAttribute('symbol', 'KO');
  },
};

export const Loading = states.loading();
export const Failing = states.error();
export const SignedOut = states.signedOut();
export const Stale = states.stale();
export const Dark = states.dark();
export const Narrow = states.narrow();
export const German = states.german();
