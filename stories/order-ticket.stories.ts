import '@autoshares/widgets/order-ticket.js';
import type { Meta } from '@storybook/web-components-vite';
import { elementMeta, states, type Args, type Story } from './support/element-stories.ts';
import { click } from './support/play.ts';
import { faultFor } from './support/sandbox.ts';
import type { SandboxLoaded } from './support/session.ts';
import { callVertical } from './support/option-orders.ts';
import { chooseField, fillField, liveAsk, startSpread } from './support/ticket-play.ts';

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

// ---- conditional and trailing orders --------------------------------------------------------

/** A limit entry with a bracket attached: the take-profit and stop-loss fields. */
export const BracketForm: Story = {
  args: { type: 'Limit', quantity: 10 },
  play: ({ canvasElement }) => chooseField(canvasElement, 'Attach', 'Bracket'),
};

/** A bracket reviewed without its exit prices: a message on each field, nothing sent. */
export const BracketInvalid: Story = {
  args: { type: 'Limit', quantity: 10 },
  play: async ({ canvasElement }) => {
    await chooseField(canvasElement, 'Attach', 'Bracket');
    await click(canvasElement, 'Review order');
  },
};

/** Fills a bracket around the live ask: entry at the ask, +10 % take profit, −10 % stop loss. */
async function fillBracket(canvas: HTMLElement): Promise<void> {
  const ask = await liveAsk(canvas);
  await chooseField(canvas, 'Attach', 'Bracket');
  await fillField(canvas, 'Limit price', ask.toFixed(2));
  await fillField(canvas, 'Take profit (limit)', (ask * 1.1).toFixed(2));
  await fillField(canvas, 'Stop loss (stop)', (ask * 0.9).toFixed(2));
}

/** A bracket's review: entry, then the exit pair, and the server's preview. */
export const BracketReview: Story = {
  args: { type: 'Limit', quantity: 10 },
  play: async ({ canvasElement }) => {
    await fillBracket(canvasElement);
    await click(canvasElement, 'Review order');
  },
};

/** A bracket placed: the entry fills, its exits work. */
export const BracketPlaced: Story = {
  args: { type: 'Limit', quantity: 10 },
  play: async (context) => {
    await BracketReview.play!(context);
    await click(context.canvasElement, 'Place order');
  },
};

/** A one-cancels-other exit pair (sell at a profit or at a stop), reviewed. */
export const OcoReview: Story = {
  args: { side: 'Sell', type: 'Limit', quantity: 1, symbol: 'AAPL' },
  play: async ({ canvasElement }) => {
    const ask = await liveAsk(canvasElement);
    await chooseField(canvasElement, 'Attach', 'OCO');
    await fillField(canvasElement, 'Take profit (limit)', (ask * 1.1).toFixed(2));
    await fillField(canvasElement, 'Stop loss (stop)', (ask * 0.9).toFixed(2));
    await click(canvasElement, 'Review order');
  },
};

/** One triggers other: a limit entry, then a stop once it fills, reviewed. */
export const OtoReview: Story = {
  args: { type: 'Limit', quantity: 10 },
  play: async ({ canvasElement }) => {
    const ask = await liveAsk(canvasElement);
    await chooseField(canvasElement, 'Attach', 'OTO');
    await fillField(canvasElement, 'Limit price', ask.toFixed(2));
    await chooseField(canvasElement, 'Then', 'Stop');
    await fillField(canvasElement, 'Then stop price', (ask * 0.9).toFixed(2));
    await click(canvasElement, 'Review order');
  },
};

/** A trailing stop by percent: the trail fields. */
export const TrailingStopForm: Story = {
  args: { type: 'TrailingStop', quantity: 1 },
  play: ({ canvasElement }) => chooseField(canvasElement, 'Trail by', 'Persentage'),
};

/** A trailing stop without its trail: the message on the field. */
export const TrailingStopInvalid: Story = {
  args: { type: 'TrailingStop', quantity: 1 },
  play: ({ canvasElement }) => click(canvasElement, 'Review order'),
};

/** A trailing stop limit's review: the trail and the limit offset. */
export const TrailingStopLimitReview: Story = {
  args: { type: 'TrailingStopLimit', quantity: 1 },
  play: async ({ canvasElement }) => {
    await fillField(canvasElement, 'Trail amount', '0.50');
    await fillField(canvasElement, 'Limit offset', '0.10');
    await click(canvasElement, 'Review order');
  },
};

// ---- the spread form -------------------------------------------------------------------------

/** Starts a QQQ call vertical in the ticket as the option chain's Trade spread does. */
const spread =
  (net = 0.5): Story['play'] =>
  async ({ canvasElement, loaded }) => {
    const { user } = loaded.sandbox as SandboxLoaded;
    if (!user) return;
    await startSpread(canvasElement, await callVertical(user, 'QQQ'), net);
  };

/** A spread from the chain: its legs (Buy to open, Sell to open), spreads and net debit. */
export const SpreadForm: Story = { play: spread() };

/** The spread form in German. */
export const SpreadGerman: Story = { ...states.german(), play: spread() };

/** The spread form at 280 px. */
export const SpreadNarrow: Story = { ...states.narrow(), play: spread() };

/** The spread form in the dark theme. */
export const SpreadDark: Story = { ...states.dark(), play: spread() };

/** A spread reviewed with half a spread and no net price: the messages, nothing sent. */
export const SpreadInvalid: Story = {
  play: async (context) => {
    await spread()!(context);
    await fillField(context.canvasElement, 'Spreads', '1.5');
    await fillField(context.canvasElement, 'Net debit limit', '');
    await click(context.canvasElement, 'Review order');
  },
};

/** A spread's review: every leg, the net debit and the server's preview. */
export const SpreadReview: Story = {
  play: async (context) => {
    await spread()!(context);
    await click(context.canvasElement, 'Review order');
  },
};

/** The preview says no: far more spreads than the buying power allows. */
export const SpreadPreviewRejected: Story = {
  play: async (context) => {
    await spread(50)!(context);
    await fillField(context.canvasElement, 'Spreads', '9000');
    await click(context.canvasElement, 'Review order');
  },
};

/** A spread placed as one multi-leg order (a net debit of 0.01 rests: it stays working). */
export const SpreadPlaced: Story = {
  play: async (context) => {
    await spread(0.01)!(context);
    await click(context.canvasElement, 'Review order');
    await click(context.canvasElement, 'Place order');
  },
};

/** The spread's placement answer is late: unconfirmed until the answer comes ("placed once"). */
export const SpreadSlowPlacement: Story = {
  args: { 'place-timeout': 400 },
  play: async (context) => {
    await spread(0.01)!(context);
    await click(context.canvasElement, 'Review order');
    const { user } = context.loaded.sandbox as SandboxLoaded;
    if (user) await faultFor(user, { latencyMs: 1500 });
    await click(context.canvasElement, 'Place order');
  },
};
