import '@autoshares/widgets/funding.js';
import type { Meta } from '@storybook/web-components-vite';
import { elementMeta, states, type Args, type Story } from './support/element-stories.ts';
import { click, until } from './support/play.ts';
import { apiAs, browserSandbox, faultFor, type StoryUser } from './support/sandbox.ts';

const meta: Meta<Args> = {
  title: 'Elements/Funding',
  component: 'as-funding',
  tags: ['autodocs'],
  ...elementMeta('as-funding', { 'place-timeout': '2000' }),
};
export default meta;

/** A call to the sandbox's control API (`/__sandbox/…`). */
async function control<T>(path: string, method = 'POST', body?: unknown): Promise<T> {
  const { apiUrl } = await browserSandbox();
  const response = await fetch(`${apiUrl.replace(/\/api$/, '')}/__sandbox${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await response.json()) as T;
}

/** Links a bank account to the user's first account; approved unless `verify` is false. */
async function linkBank(user: StoryUser, verify = true): Promise<string> {
  const accountId = user.accountIds[0];
  const base = `/v1.0/accounts/${accountId}/ach-relationships`;
  const created = (await (
    await apiAs(user, base, {
      method: 'POST',
      body: JSON.stringify({
        RoutingNumber: '021000021',
        AccountNumber: '123456789',
        AccountOwnerName: 'Story User',
        Name: 'Everyday checking',
      }),
    })
  ).json()) as { Id: string };
  if (!verify) return created.Id;
  await control('/funding/advance', 'POST', { businessDays: 1 });
  const amounts = await control(`/funding/ach-relationships/${created.Id}/micro-deposits`, 'GET');
  await apiAs(user, `${base}/${created.Id}/approve`, {
    method: 'POST',
    body: JSON.stringify(amounts),
  });
  return created.Id;
}

/** Types `value` into the field labelled `label` inside the story's element. */
async function fill(root: HTMLElement, label: string, value: string): Promise<void> {
  const input = await until(() => {
    const el = root.querySelector('as-funding')?.shadowRoot;
    const lab = [...(el?.querySelectorAll('label') ?? [])].find(
      (l) => l.textContent?.trim() === label,
    );
    return lab && el?.getElementById(lab.htmlFor);
  });
  (input as HTMLInputElement).value = value;
  input.dispatchEvent(new Event('input'));
}

/** Picks `value` in the select labelled `label` inside the story's element. */
async function choose(root: HTMLElement, label: string, value: string): Promise<void> {
  const select = await until(() => {
    const el = root.querySelector('as-funding')?.shadowRoot;
    const lab = [...(el?.querySelectorAll('label') ?? [])].find(
      (l) => l.textContent?.trim() === label,
    );
    return lab && el?.getElementById(lab.htmlFor);
  });
  (select as HTMLSelectElement).value = value;
  select.dispatchEvent(new Event('change'));
}

/** A fresh user: no bank account linked yet, no transfers. */
export const Live: Story = {};

/** A verified bank account and a pending deposit (with Cancel). */
export const LinkedBank: Story = states.prepared(async (user) => {
  const bank = await linkBank(user);
  await apiAs(user, `/v1.0/accounts/${user.accountIds[0]}/transfers/ach`, {
    method: 'POST',
    body: JSON.stringify({ AchRelationshipId: bank, IsIncoming: true, Amount: 500 }),
  });
});

/** A bank account whose micro-deposits are on their way: Verify is offered. */
export const AwaitingVerification: Story = states.prepared(async (user) => {
  await linkBank(user, false);
});

/** Adding a bank account with a mistyped routing number: the messages on the fields. */
export const AddBankInvalid: Story = {
  play: async ({ canvasElement }) => {
    await click(canvasElement, 'Add bank account');
    await fill(canvasElement, 'Routing number', '021000022');
    await fill(canvasElement, 'Account number', '12');
    await click(canvasElement, 'Link bank account');
  },
};

/** Entering the micro-deposits. */
export const VerifyForm: Story = {
  ...AwaitingVerification,
  play: ({ canvasElement }) => click(canvasElement, /^Verify /),
};

/** The review step: amount, bank, fee and expected settlement. */
export const Review: Story = {
  ...LinkedBank,
  play: async ({ canvasElement }) => {
    await until(() =>
      canvasElement
        .querySelector('as-funding')
        ?.shadowRoot?.querySelector('option[value]:not([value=""])'),
    );
    await fill(canvasElement, 'Amount', '250');
    await click(canvasElement, 'Review deposit');
  },
};

/** The deposit was sent: placed, with the reference and the expected settlement. */
export const Placed: Story = {
  ...LinkedBank,
  play: async (context) => {
    await Review.play!(context);
    await click(context.canvasElement, 'Deposit $250.00');
  },
};

/** No answer yet: the element says it is checking whether the deposit arrived. */
export const Checking: Story = {
  ...states.prepared(async (user) => {
    await linkBank(user);
    await faultFor(user, { placementDelayMs: 10 * 60 * 1000 });
  }),
  play: Placed.play,
};

/** A withdrawal above the withdrawable cash: the message, nothing sent. */
export const WithdrawTooMuch: Story = {
  ...LinkedBank,
  play: async ({ canvasElement }) => {
    await click(canvasElement, 'Withdraw');
    await fill(canvasElement, 'Amount', '9999999');
    await click(canvasElement, 'Review withdrawal');
  },
};

/** Removing a bank account: the inline confirmation. */
export const RemoveConfirmation: Story = {
  ...LinkedBank,
  play: ({ canvasElement }) => click(canvasElement, /^Remove Everyday/),
};

/** Giving a bank account a new nickname. */
export const RenameForm: Story = {
  ...LinkedBank,
  play: ({ canvasElement }) => click(canvasElement, /^Rename Everyday/),
};

/** A wire withdrawal with nothing filled in: a message on each field. */
export const WireInvalid: Story = {
  ...LinkedBank,
  play: async ({ canvasElement }) => {
    await click(canvasElement, 'Withdraw');
    await choose(canvasElement, 'Send by', 'Wire');
    await click(canvasElement, 'Review withdrawal');
  },
};

/** The review of a wire withdrawal: the receiving bank (last four digits only), fees once requested. */
export const WireReview: Story = {
  ...LinkedBank,
  play: async ({ canvasElement }) => {
    await click(canvasElement, 'Withdraw');
    await choose(canvasElement, 'Send by', 'Wire');
    await fill(canvasElement, 'Name on the receiving account', 'Story User');
    await fill(canvasElement, 'Receiving bank', 'First Bank');
    await fill(canvasElement, 'Routing number', '021000021');
    await fill(canvasElement, 'Account number', '99887766');
    await fill(canvasElement, 'Amount', '100');
    await click(canvasElement, 'Review withdrawal');
  },
};

/** A check request by overnight delivery, with a memo. */
export const CheckForm: Story = {
  ...LinkedBank,
  play: async ({ canvasElement }) => {
    await click(canvasElement, 'Withdraw');
    await choose(canvasElement, 'Send by', 'Check');
    await choose(canvasElement, 'Delivery', 'Overnight');
    await fill(canvasElement, 'Memo (optional)', 'Rent');
    await fill(canvasElement, 'Amount', '40');
  },
};

/** The server refuses the amount of a deposit (422): its message on the field, nothing moved. */
export const RefusedOnAmount: Story = {
  ...states.prepared(async (user) => {
    await linkBank(user);
    await control('/funding/refuse-next', 'POST', {
      accountId: user.accountIds[0],
      errors: { 'model.Amount': ['The amount exceeds the daily deposit limit of this account.'] },
    });
  }),
  play: async (context) => {
    await Review.play!(context);
    await click(context.canvasElement, 'Deposit $250.00');
  },
};

export const Loading = states.loading();
export const Failing = states.error();
export const RateLimited = states.rateLimited();
export const SignedOut = states.signedOut();
export const Stale = states.stale();
export const Dark = states.dark();
export const Narrow = states.narrow();
export const German = states.german();
