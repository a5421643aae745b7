import { expect } from '@open-wc/testing';
import {
  createTestUser,
  eventually,
  sandboxControl,
  textOf,
  type TestUser,
} from '../../test/sandbox.ts';
import { button } from '../../test/user.ts';
import {
  achRequests,
  CHASE,
  click,
  fill,
  linkApprovedBank,
  messageOf,
  microDeposits,
  mountFunding,
  requestsTo,
  rest,
  serverLinks,
  serverTransfers,
} from './funding.test-support.ts';
import type { AutoSharesFunding } from './funding.ts';

/** The account's next funding write is refused by the server with these field messages (422). */
const refuseNext = (accountId: number, errors: Record<string, string[]>) =>
  sandboxControl('/__sandbox/funding/refuse-next', { accountId, errors });

/** The `data-field` of the control focused in the element. */
const focusedField = (el: AutoSharesFunding) =>
  el.shadowRoot!.activeElement?.getAttribute('data-field') ?? undefined;

async function shown(el: AutoSharesFunding, name: string): Promise<void> {
  await eventually(
    () => !!button(el, name),
    `${name} is offered`,
    10000,
    () => textOf(el),
  );
}

describe('as-funding: renaming a bank account', () => {
  let user: TestUser;
  let accountId: number;
  let linkId: string;
  beforeEach(async () => {
    user = await createTestUser();
    accountId = user.accountIds[0]!;
    linkId = await linkApprovedBank(user, accountId, '11112222');
  });

  it('refuses an empty nickname without sending, then renames the account at the server', async () => {
    const el = await mountFunding(user, accountId);
    await shown(el, 'Rename Everyday checking ****2222');
    click(el, 'Rename Everyday checking ****2222');
    await eventually(() => focusedField(el) === 'name', 'focus is on the nickname');
    expect((el.shadowRoot!.activeElement as HTMLInputElement).value).to.equal('Everyday checking');

    await fill(el, 'Nickname', '');
    click(el, 'Save nickname');
    await eventually(() => messageOf(el, 'Nickname') === 'Enter a nickname.', 'the message');
    expect(await requestsTo(accountId, 'PUT', `/ach-relationships/${linkId}`)).to.equal(0);

    await fill(el, 'Nickname', 'Rent account');
    click(el, 'Save nickname');
    await eventually(
      () =>
        !!el.shadowRoot!.querySelector('tr[data-link-id]') &&
        textOf(el).includes('Rent account ****2222'),
      'the new nickname is listed',
      10000,
      () => textOf(el),
    );
    expect(el.shadowRoot!.querySelector('form[aria-label^="Rename"]')).to.equal(null);
    const { body } = await rest<{ Name: string }>(
      user,
      `/v1.0/accounts/${accountId}/ach-relationships/${linkId}`,
    );
    expect(body.Name).to.equal('Rent account');
    expect(await requestsTo(accountId, 'PUT', `/ach-relationships/${linkId}`)).to.equal(1);
  });

  it('shows the server refusing a nickname next to the field', async () => {
    const el = await mountFunding(user, accountId);
    await shown(el, 'Rename Everyday checking ****2222');
    click(el, 'Rename Everyday checking ****2222');
    await eventually(() => focusedField(el) === 'name', 'focus is on the nickname');
    await fill(el, 'Nickname', 'Rent');
    await refuseNext(accountId, { 'model.Name': ['This nickname is already used.'] });
    click(el, 'Save nickname');
    await eventually(
      () => messageOf(el, 'Nickname') === 'This nickname is already used.',
      'the server message on the field',
      10000,
      () => textOf(el),
    );
    await eventually(() => focusedField(el) === 'name', 'focus is back on the nickname');
    const { body } = await rest<{ Name: string }>(
      user,
      `/v1.0/accounts/${accountId}/ach-relationships/${linkId}`,
    );
    expect(body.Name).to.equal('Everyday checking');
  });
});

describe('as-funding: the server refusing a form field (422)', () => {
  let user: TestUser;
  let accountId: number;
  beforeEach(async () => {
    user = await createTestUser();
    accountId = user.accountIds[0]!;
  });

  it('puts the server message on the routing number and moves focus there; nothing is linked', async () => {
    const el = await mountFunding(user, accountId);
    await shown(el, 'Add bank account');
    click(el, 'Add bank account');
    await el.updateComplete;
    await fill(el, 'Account owner', 'Test User');
    await fill(el, 'Routing number', CHASE);
    await fill(el, 'Account number', '123456789');
    const refusal = 'The routing number 021000021 is not in the Federal Reserve directory.';
    await refuseNext(accountId, { 'model.RoutingNumber': [refusal] });
    click(el, 'Link bank account');
    await eventually(
      () => messageOf(el, 'Routing number') === refusal,
      'the server message on the routing number',
      10000,
      () => textOf(el),
    );
    await eventually(() => focusedField(el) === 'routing', 'focus is on the routing number');
    expect(messageOf(el, 'Account number')).to.equal(undefined);
    expect(await serverLinks(user, accountId)).to.have.length(0);
  });

  it('puts the server message on the amount of a refused deposit, moves focus there and says nothing moved', async () => {
    await linkApprovedBank(user, accountId);
    const el = await mountFunding(user, accountId);
    await eventually(
      () =>
        !!el.shadowRoot!.querySelector('select[data-field="link"] option[value]:not([value=""])'),
      'the verified bank is offered',
      10000,
      () => textOf(el),
    );
    await fill(el, 'Amount', '250');
    click(el, 'Review deposit');
    await shown(el, 'Deposit $250.00');
    const refusal = 'The amount exceeds the daily deposit limit of this account.';
    await refuseNext(accountId, { 'model.Amount': [refusal] });
    click(el, 'Deposit $250.00');
    await eventually(
      () => messageOf(el, 'Amount') === refusal,
      'the server message on the amount',
      10000,
      () => textOf(el),
    );
    await eventually(() => focusedField(el) === 'amount', 'focus is on the amount');
    expect(textOf(el)).to.contain('The deposit was not accepted: nothing was moved.');
    expect((el.shadowRoot!.activeElement as HTMLInputElement).value).to.equal('250');
    expect(await achRequests(accountId)).to.equal(1);
    expect(await serverTransfers(user, accountId)).to.have.length(0);
  });
});

describe('as-funding: micro-deposit attempts', () => {
  it('a third wrong pair of micro-deposits cancels the link: the server says so and it leaves the list', async () => {
    const user = await createTestUser();
    const accountId = user.accountIds[0]!;
    const { body: link } = await rest<{ Id: string }>(
      user,
      `/v1.0/accounts/${accountId}/ach-relationships`,
      'POST',
      { RoutingNumber: CHASE, AccountNumber: '77001234', AccountOwnerName: 'Test User' },
    );
    const amounts = await microDeposits(link.Id);
    const wrong = (n: number) => (n >= 0.99 ? n - 0.01 : n + 0.01).toFixed(2);
    const el = await mountFunding(user, accountId);
    await eventually(
      () => !!button(el, /^Verify /),
      'Verify is offered',
      10000,
      () => textOf(el),
    );
    click(el, /^Verify /);
    await el.updateComplete;
    for (const left of ['2 attempts left', '1 attempt left']) {
      await fill(el, 'First deposit', wrong(amounts.Amount1));
      await fill(el, 'Second deposit', wrong(amounts.Amount2));
      click(el, 'Verify');
      await eventually(
        () => textOf(el).includes(left),
        left,
        10000,
        () => textOf(el),
      );
    }
    await fill(el, 'First deposit', wrong(amounts.Amount1));
    await fill(el, 'Second deposit', wrong(amounts.Amount2));
    click(el, 'Verify');
    await eventually(
      () => textOf(el).includes('No attempts left: the relationship was canceled.'),
      'the cancellation is shown',
      10000,
      () => textOf(el),
    );
    expect((await serverLinks(user, accountId))[0]!.Status).to.equal('Canceled');
    click(el, 'Cancel');
    await eventually(
      () => el.shadowRoot!.querySelectorAll('tr[data-link-id]').length === 0,
      'the canceled link leaves the list',
      10000,
      () => textOf(el),
    );
  });
});
