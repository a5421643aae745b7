import { expect } from '@open-wc/testing';
import {
  clearFaults,
  createTestUser,
  eventually,
  fault,
  textOf,
  type TestUser,
  waitUntil,
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
  outcomeState,
  pendingRows,
  requestsTo,
  rest,
  serverCash,
  serverLinks,
  serverTransfers,
} from './funding.test-support.ts';

// One file for every funding test: they run one after another, so no test's
// `/__sandbox/funding/advance` settles another's pending transfer meanwhile.

describe('as-funding: bank accounts', () => {
  let user: TestUser;
  let accountId: number;
  beforeEach(async () => {
    user = await createTestUser();
    accountId = user.accountIds[0]!;
  });

  it('checks the routing number in the browser, links the account and shows only its last four digits', async () => {
    const el = await mountFunding(user, accountId);
    await eventually(
      () => !!button(el, 'Add bank account'),
      'the form shows',
      10000,
      () => textOf(el),
    );
    click(el, 'Add bank account');
    await el.updateComplete;
    await fill(el, 'Account owner', 'Test User');
    await fill(el, 'Routing number', '02100002');
    await fill(el, 'Account number', '12');
    click(el, 'Link bank account');
    await eventually(() => !!messageOf(el, 'Routing number'), 'a routing number message');
    expect(messageOf(el, 'Routing number')).to.equal(
      'A routing number has 9 digits; this one has 8.',
    );
    expect(messageOf(el, 'Account number')).to.equal('An account number has 4 to 17 digits.');

    await fill(el, 'Routing number', '021000022');
    click(el, 'Link bank account');
    await eventually(
      () =>
        messageOf(el, 'Routing number') ===
        'This routing number is mistyped: its check digit does not match.',
      'the checksum message',
      5000,
      () => textOf(el),
    );
    expect(await serverLinks(user, accountId)).to.have.length(0, 'nothing was sent');

    await fill(el, 'Routing number', CHASE);
    await fill(el, 'Account number', '123456789');
    click(el, 'Link bank account');
    await eventually(
      () => el.shadowRoot!.querySelectorAll('tr[data-link-id]').length === 1,
      'the new link is listed',
      10000,
      () => textOf(el),
    );
    const text = textOf(el);
    expect(text).to.contain('****6789');
    expect(text).to.contain('Deposits on their way');
    expect(text.includes('123456789')).to.equal(false, 'the full account number is never shown');
    expect(await serverLinks(user, accountId)).to.have.length(1);
  });

  it('verifies the link: wrong micro-deposits are refused with the attempts left, the right ones approve it', async () => {
    const { body: link } = await rest<{ Id: string }>(
      user,
      `/v1.0/accounts/${accountId}/ach-relationships`,
      'POST',
      {
        RoutingNumber: CHASE,
        AccountNumber: '55501234',
        AccountOwnerName: 'Test User',
        Name: 'Savings',
      },
    );
    const amounts = await microDeposits(link.Id);
    const el = await mountFunding(user, accountId);
    await eventually(
      () => !!button(el, /^Verify /),
      'Verify is offered',
      10000,
      () => textOf(el),
    );
    click(el, /^Verify /);
    await el.updateComplete;

    const wrong = (n: number) => (n >= 0.99 ? n - 0.01 : n + 0.01).toFixed(2);
    await fill(el, 'First deposit', wrong(amounts.Amount1));
    await fill(el, 'Second deposit', wrong(amounts.Amount2));
    click(el, 'Verify');
    await eventually(
      () => /do not match the micro-deposits\. 2 attempts left/.test(textOf(el)),
      'the refusal with the attempts left',
      10000,
      () => textOf(el),
    );
    expect((await serverLinks(user, accountId))[0]!.Status).to.equal('PendingApproval');

    await fill(el, 'First deposit', amounts.Amount1.toFixed(2));
    await fill(el, 'Second deposit', amounts.Amount2.toFixed(2));
    click(el, 'Verify');
    await eventually(
      () => el.shadowRoot!.querySelector('tr[data-link-status="Approved"]') !== null,
      'the link shows as verified',
      10000,
      () => textOf(el),
    );
    const row = el.shadowRoot!.querySelector('tr[data-link-status="Approved"]')!;
    expect(textOf(row)).to.contain('Verified');
    expect(textOf(row)).to.contain('Default');
    const [server] = await serverLinks(user, accountId);
    expect(server!.Status).to.equal('Approved');
    expect(server!.Default).to.equal(true);
  });
});

describe('as-funding: managing linked bank accounts', () => {
  let user: TestUser;
  let accountId: number;
  beforeEach(async () => {
    user = await createTestUser();
    accountId = user.accountIds[0]!;
    await linkApprovedBank(user, accountId, '11112222');
    await linkApprovedBank(user, accountId, '33334444');
  });

  it('makes another bank account the default, then removes one after confirming', async () => {
    const el = await mountFunding(user, accountId);
    await eventually(
      () => !!button(el, 'Make Everyday checking ****4444 the default'),
      'the second link offers Make default',
      10000,
      () => textOf(el),
    );
    click(el, 'Make Everyday checking ****4444 the default');
    await eventually(
      () => !button(el, 'Make Everyday checking ****4444 the default'),
      'the second link is the default',
      10000,
      () => textOf(el),
    );
    const byId = async () =>
      new Map((await serverLinks(user, accountId)).map((l) => [l.Id, l] as const));
    const rows = [...el.shadowRoot!.querySelectorAll('tr[data-link-id]')];
    const second = rows.find((r) => textOf(r).includes('****4444'))!.getAttribute('data-link-id')!;
    expect((await byId()).get(second)!.Default).to.equal(true);

    click(el, 'Remove Everyday checking ****2222');
    await el.updateComplete;
    click(el, 'Remove bank account');
    await eventually(
      () => !textOf(el).includes('****2222'),
      'the removed link leaves the list',
      10000,
      () => textOf(el),
    );
    const statuses = [...(await byId()).values()].map((l) => l.Status).sort();
    expect(statuses).to.deep.equal(['Approved', 'Canceled']);
  });

  it('shows the server refusing the same bank account linked twice', async () => {
    const el = await mountFunding(user, accountId);
    await eventually(
      () => !!button(el, 'Add bank account'),
      'the form shows',
      10000,
      () => textOf(el),
    );
    click(el, 'Add bank account');
    await el.updateComplete;
    await fill(el, 'Account owner', 'Test User');
    await fill(el, 'Routing number', CHASE);
    await fill(el, 'Account number', '11112222');
    click(el, 'Link bank account');
    await eventually(
      () => /Could not link the bank account\. AutoShares refused the request:/.test(textOf(el)),
      'the refusal is shown',
      10000,
      () => textOf(el),
    );
    expect(await serverLinks(user, accountId)).to.have.length(2);
  });
});

describe('as-funding: transfers', () => {
  let user: TestUser;
  let accountId: number;
  beforeEach(async () => {
    user = await createTestUser();
    accountId = user.accountIds[0]!;
    await linkApprovedBank(user, accountId);
  });
  afterEach(() => clearFaults(user));

  async function review(el: Awaited<ReturnType<typeof mountFunding>>, amount: string) {
    await eventually(
      () =>
        !!el.shadowRoot!.querySelector('select[data-field="link"] option[value]:not([value=""])'),
      'the verified bank is offered',
      10000,
      () => textOf(el),
    );
    await fill(el, 'Amount', amount);
    click(el, /^Review (deposit|withdrawal)$/);
    await el.updateComplete;
  }

  it('deposits, shows the pending transfer, cancels it and leaves the cash unchanged', async () => {
    const before = await serverCash(user, accountId);
    const el = await mountFunding(user, accountId);
    await review(el, '250');
    const reviewText = textOf(el.shadowRoot!.querySelector('.review')!);
    expect(reviewText).to.contain('$250.00');
    expect(reviewText).to.contain('None (ACH transfers are free)');
    expect(reviewText).to.match(/Expected settlement\s*About \w{3} \d{1,2}, \d{4}/);

    click(el, 'Deposit $250.00');
    await eventually(
      () => outcomeState(el) === 'confirmed',
      'the deposit is confirmed',
      10000,
      () => textOf(el),
    );
    expect(textOf(el)).to.contain('Deposit of $250.00 requested.');
    const sent = await serverTransfers(user, accountId);
    expect(sent.map((t) => [t.Amount, t.IsDeposit, t.Status])).to.deep.equal([
      [250, true, 'Pending'],
    ]);

    click(el, 'Done');
    await eventually(
      () => pendingRows(el).length === 1,
      'the pending transfer is listed',
      10000,
      () => textOf(el),
    );
    click(el, 'Cancel the deposit of $250.00');
    await eventually(
      () => pendingRows(el).length === 0,
      'the canceled transfer leaves the list',
      10000,
      () => textOf(el),
    );
    expect((await serverTransfers(user, accountId))[0]!.Status).to.equal('Canceled');
    const after = await serverCash(user, accountId);
    expect([after.cash, after.pendingCash]).to.deep.equal([before.cash, before.pendingCash]);
    await eventually(
      () =>
        el.shadowRoot!.querySelector('[data-figure="cash"]')?.textContent?.trim() ===
        `$${before.cash.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`,
      'the element shows the unchanged cash',
      5000,
      () => textOf(el),
    );
  });

  it('refuses a withdrawal above the withdrawable cash with a specific message and sends nothing', async () => {
    const { netCash } = await serverCash(user, accountId);
    const el = await mountFunding(user, accountId);
    await eventually(
      () => !!button(el, 'Withdraw'),
      'the form shows',
      10000,
      () => textOf(el),
    );
    click(el, 'Withdraw');
    await review(el, (Math.floor(netCash) + 100).toFixed(2));
    const most = netCash.toLocaleString('en-US', { style: 'currency', currency: 'USD' });
    expect(messageOf(el, 'Amount')).to.equal(
      `You can withdraw at most ${most}, your withdrawable cash.`,
    );
    expect(el.shadowRoot!.querySelector('.review')).to.equal(null);
    expect(await achRequests(accountId)).to.equal(0);
    expect(await serverTransfers(user, accountId)).to.have.length(0);
  });

  it('looks up a deposit whose answer was lost before anything else, and sends it once', async () => {
    const el = await mountFunding(user, accountId);
    await review(el, '75.5');
    await fault({ dropPlacementResponse: 1 }, user);
    click(el, 'Deposit $75.50');
    await eventually(
      () => outcomeState(el) === 'confirmed',
      'the lost deposit is found',
      15000,
      () => textOf(el),
    );
    expect(textOf(el)).to.contain('Deposit of $75.50 requested.');
    expect(await achRequests(accountId)).to.equal(1);
    const sent = await serverTransfers(user, accountId);
    expect(sent.map((t) => [t.Amount, t.IsDeposit])).to.deep.equal([[75.5, true]]);
  });

  it('says it is checking while a deposit is unanswered, then shows it placed once', async () => {
    const el = await mountFunding(user, accountId, { placeTimeout: 1000, confirmWindow: 12000 });
    await review(el, '20');
    await fault({ placementDelayMs: 3000 }, user);
    click(el, 'Deposit $20.00');
    await eventually(
      () => outcomeState(el) === 'unconfirmed',
      'the unanswered deposit is being checked',
      5000,
      () => textOf(el),
    );
    expect(textOf(el)).to.contain('No answer yet: checking whether your deposit arrived…');
    await eventually(
      () => outcomeState(el) === 'confirmed',
      'the deposit turns up',
      15000,
      () => textOf(el),
    );
    expect(await achRequests(accountId)).to.equal(1);
    expect(await serverTransfers(user, accountId)).to.have.length(1);
  });

  it('says a deposit that never arrived moved nothing, and Try again sends one new request', async () => {
    const el = await mountFunding(user, accountId);
    await review(el, '30');
    // The review refetches the transfers (what exists before sending); the fault must hit the
    // transfer request, so it is set once that refetch has been answered.
    await waitUntil(
      async () => (await requestsTo(accountId, 'GET', '/transfers')) >= 2,
      'the review refetched the transfers',
      { timeout: 5000, interval: 50 },
    );
    await el.updateComplete;
    await fault({ serverError: { count: 1, status: 500 } }, user);
    click(el, 'Deposit $30.00');
    await eventually(
      () => outcomeState(el) === 'absent',
      'the deposit is known absent',
      10000,
      () => textOf(el),
    );
    expect(textOf(el)).to.contain('Your deposit was not received: nothing was moved.');
    expect(await serverTransfers(user, accountId)).to.have.length(0);
    click(el, 'Try again');
    await eventually(
      () => outcomeState(el) === 'confirmed',
      'the second request is placed',
      10000,
      () => textOf(el),
    );
    expect(await achRequests(accountId)).to.equal(2);
    expect(await serverTransfers(user, accountId)).to.have.length(1);
  });
});

describe('as-funding: retirement account', () => {
  let user: TestUser;
  let ira: number;
  beforeEach(async () => {
    user = await createTestUser();
    ira = user.accountIds[1]!;
    await linkApprovedBank(user, ira);
  });

  it('asks the contribution type before a deposit to the IRA, and sends it with the answer', async () => {
    const el = await mountFunding(user, ira);
    await eventually(
      () => !!el.shadowRoot!.querySelector('select[data-field="contribution"]'),
      'the IRA question shows',
      10000,
      () => textOf(el),
    );
    await eventually(
      () =>
        !!el.shadowRoot!.querySelector('select[data-field="link"] option[value]:not([value=""])'),
      'the verified bank is offered',
      10000,
      () => textOf(el),
    );
    await fill(el, 'Amount', '100');
    click(el, 'Review deposit');
    await eventually(
      () => messageOf(el, 'Type of contribution') === 'Choose the type of contribution.',
      'the contribution message',
      5000,
      () => textOf(el),
    );
    expect(el.shadowRoot!.querySelector('.review')).to.equal(null);

    const select = el.shadowRoot!.querySelector<HTMLSelectElement>(
      'select[data-field="contribution"]',
    )!;
    select.value = 'Rollover';
    select.dispatchEvent(new Event('change'));
    click(el, 'Review deposit');
    await eventually(
      () => !!el.shadowRoot!.querySelector('.review'),
      'the review shows',
      5000,
      () => textOf(el),
    );
    expect(textOf(el.shadowRoot!.querySelector('.review')!)).to.contain(
      'Rollover from a retirement plan',
    );
    click(el, 'Deposit $100.00');
    await eventually(
      () => outcomeState(el) === 'confirmed',
      'the IRA deposit is placed',
      10000,
      () => textOf(el),
    );
    expect(await serverTransfers(user, ira)).to.have.length(1);
  });
});
