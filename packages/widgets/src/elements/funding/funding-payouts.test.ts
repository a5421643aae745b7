import { expect } from '@open-wc/testing';
import {
  clearFaults,
  createTestUser,
  eventually,
  fault,
  textOf,
  type TestUser,
} from '../../test/sandbox.ts';
import { button, field } from '../../test/user.ts';
import {
  CHASE,
  click,
  fill,
  messageOf,
  mountFunding,
  outcomeState,
  pendingRows,
  requestsTo,
  rest,
  serverTransfers,
} from './funding.test-support.ts';
import type { AutoSharesFunding } from './funding.ts';

/** Picks `value` in the select labelled `label`, as a user would. */
async function choose(el: AutoSharesFunding, label: string, value: string): Promise<void> {
  const select = field<HTMLSelectElement>(el, label);
  if (!select) throw new Error(`no select labelled ${label}: ${textOf(el)}`);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

/** The withdrawal form, paid out by `mechanism`. */
async function withdrawBy(el: AutoSharesFunding, mechanism: 'Wire' | 'Check'): Promise<void> {
  await eventually(
    () => !!button(el, 'Withdraw'),
    'the form shows',
    10000,
    () => textOf(el),
  );
  click(el, 'Withdraw');
  await el.updateComplete;
  await choose(el, 'Send by', mechanism);
}

interface FeeRow {
  CustomerDebitAmount: number;
}

describe('as-funding: wire and check withdrawals', () => {
  let user: TestUser;
  let accountId: number;
  beforeEach(async () => {
    user = await createTestUser();
    accountId = user.accountIds[0]!;
  });
  afterEach(() => clearFaults(user));

  it('checks a wire in the browser, then sends it once, shows its fee and lists it as pending', async () => {
    const el = await mountFunding(user, accountId);
    await withdrawBy(el, 'Wire');
    await fill(el, 'Amount', '100');
    click(el, 'Review withdrawal');
    await eventually(
      () =>
        messageOf(el, 'Name on the receiving account') ===
        'Enter the name on the receiving account.',
      'the name message',
      5000,
      () => textOf(el),
    );
    expect(messageOf(el, 'Receiving bank')).to.equal('Enter the name of the receiving bank.');
    expect(messageOf(el, 'Routing number')).to.equal('Enter the routing number.');
    expect(messageOf(el, 'Account number')).to.equal('Enter the account number.');
    expect(el.shadowRoot!.activeElement?.getAttribute('data-field')).to.equal('name');
    expect(await requestsTo(accountId, 'POST', '/transfers/wire')).to.equal(0);

    await fill(el, 'Name on the receiving account', 'Test User');
    await fill(el, 'Receiving bank', 'First Bank');
    await fill(el, 'Routing number', CHASE);
    await fill(el, 'Account number', '99887766');
    click(el, 'Review withdrawal');
    await eventually(
      () => !!el.shadowRoot!.querySelector('.review'),
      'the review shows',
      5000,
      () => textOf(el),
    );
    const review = textOf(el.shadowRoot!.querySelector('.review')!);
    expect(review).to.contain('Wire to Test User, First Bank ****7766');
    expect(review).to.contain('Charged by AutoShares, shown once requested');
    expect(review.includes('99887766')).to.equal(false, 'the full account number is never shown');

    click(el, 'Withdraw $100.00');
    await eventually(
      () =>
        outcomeState(el) === 'confirmed' && !!el.shadowRoot!.querySelector('[data-figure="fees"]'),
      'the wire is requested and its fee known',
      10000,
      () => textOf(el),
    );
    expect(textOf(el)).to.contain('Withdrawal of $100.00 requested.');
    expect(textOf(el.shadowRoot!.querySelector('[data-figure="fees"]')!)).to.equal('Fees: $25.00');
    const [sent] = await serverTransfers(user, accountId);
    expect([sent!.Amount, sent!.IsDeposit, sent!.Status]).to.deep.equal([100, false, 'Pending']);
    const fees = await rest<FeeRow[]>(
      user,
      `/v1.0/accounts/${accountId}/transfers/${sent!.Id}/fees`,
    );
    expect(fees.body.map((f) => f.CustomerDebitAmount)).to.deep.equal([25]);
    expect(await requestsTo(accountId, 'POST', '/transfers/wire')).to.equal(1);
    click(el, 'Done');
    await eventually(
      () => pendingRows(el).some((r) => textOf(r).includes('Wire withdrawal')),
      'the wire is listed as pending',
      10000,
      () => textOf(el),
    );
  });

  it('requests a check by overnight delivery with a memo', async () => {
    const el = await mountFunding(user, accountId);
    await withdrawBy(el, 'Check');
    await choose(el, 'Delivery', 'Overnight');
    await fill(el, 'Memo (optional)', 'Rent for March');
    await fill(el, 'Amount', '40');
    click(el, 'Review withdrawal');
    await eventually(
      () => !!el.shadowRoot!.querySelector('.review'),
      'the review shows',
      5000,
      () => textOf(el),
    );
    expect(textOf(el.shadowRoot!.querySelector('.review')!)).to.contain(
      'A check by overnight delivery',
    );
    click(el, 'Withdraw $40.00');
    await eventually(
      () =>
        outcomeState(el) === 'confirmed' && !!el.shadowRoot!.querySelector('[data-figure="fees"]'),
      'the check is requested and its fee known',
      10000,
      () => textOf(el),
    );
    expect(textOf(el.shadowRoot!.querySelector('[data-figure="fees"]')!)).to.equal('Fees: $25.00');
    const { body } = await rest<{
      Result: { Mechanism: string; Comment: string; Amount: number }[];
    }>(
      user,
      `/v1.0/accounts/${accountId}/transfers?pageSize=10&pageNumber=0&sortBy=CreatedAt&isDesc=true`,
    );
    expect(body.Result.map((t) => [t.Mechanism, t.Amount, t.Comment])).to.deep.equal([
      ['Check', 40, 'Rent for March'],
    ]);
    expect(await requestsTo(accountId, 'POST', '/transfers/check')).to.equal(1);
  });

  it('looks up a wire whose answer was lost before anything else, and sends it once', async () => {
    const el = await mountFunding(user, accountId);
    await withdrawBy(el, 'Wire');
    await choose(el, 'Wire type', 'International');
    expect(field(el, 'Routing number')).to.equal(undefined, 'no routing number abroad');
    await fill(el, 'Name on the receiving account', 'Test User');
    await fill(el, 'Receiving bank', 'Banque Exemple');
    await fill(el, 'Account number or IBAN', 'FR7630006000011234567890189');
    await fill(el, 'Amount', '60');
    click(el, 'Review withdrawal');
    await eventually(
      () => !!button(el, 'Withdraw $60.00'),
      'the review shows',
      5000,
      () => textOf(el),
    );
    await fault({ dropPlacementResponse: 1 }, user);
    click(el, 'Withdraw $60.00');
    await eventually(
      () => outcomeState(el) === 'confirmed',
      'the lost wire is found',
      15000,
      () => textOf(el),
    );
    expect(await requestsTo(accountId, 'POST', '/transfers/wire')).to.equal(1);
    const sent = await serverTransfers(user, accountId);
    expect(sent.map((t) => [t.Amount, t.IsDeposit])).to.deep.equal([[60, false]]);
  });

  it('asks the reason before a check from the retirement account, and sends it with the answer', async () => {
    const ira = user.accountIds[1]!;
    const el = await mountFunding(user, ira);
    await withdrawBy(el, 'Check');
    await fill(el, 'Amount', '10');
    await eventually(
      () => !!field(el, 'Reason for the withdrawal'),
      'the IRA question shows',
      10000,
      () => textOf(el),
    );
    click(el, 'Review withdrawal');
    await eventually(
      () => messageOf(el, 'Reason for the withdrawal') === 'Choose the reason for the withdrawal.',
      'the reason message',
      5000,
      () => textOf(el),
    );
    expect(await requestsTo(ira, 'POST', '/transfers/check')).to.equal(0);
    await choose(el, 'Reason for the withdrawal', 'Normal');
    click(el, 'Review withdrawal');
    await eventually(
      () => !!el.shadowRoot!.querySelector('.review'),
      'the review shows',
      5000,
      () => textOf(el),
    );
    expect(textOf(el.shadowRoot!.querySelector('.review')!)).to.contain(
      'Normal distribution (age 59½ or older)',
    );
    click(el, 'Withdraw $10.00');
    await eventually(
      () => outcomeState(el) === 'confirmed',
      'the check is requested',
      10000,
      () => textOf(el),
    );
    expect(await requestsTo(ira, 'POST', '/transfers/check')).to.equal(1);
    expect((await serverTransfers(user, ira)).map((t) => t.Amount)).to.deep.equal([10]);
  });
});
