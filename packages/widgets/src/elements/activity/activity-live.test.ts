import { expect, html } from '@open-wc/testing';
import { createTestUser, eventually, textOf, type TestUser } from '../../test/sandbox.ts';
import { depositAndSettle } from '../../test/deposits.ts';
import { mountElement } from '../../test/states.ts';
import './define.ts';
import type { AutoSharesActivity } from './activity.ts';

const mount = mountElement<AutoSharesActivity>(
  'as-activity',
  html`<as-activity page-size="10"></as-activity>`,
);

describe('<as-activity>: following the account', () => {
  let user: TestUser;
  beforeEach(async () => {
    user = await createTestUser();
  });

  it('lists a deposit made over REST once it settles, without a reload', async () => {
    const { el } = await mount(user);
    await eventually(
      () => el.shadowRoot!.querySelectorAll('tbody tr').length > 0,
      'activity rows',
      8000,
      () => textOf(el),
    );
    expect(textOf(el)).not.to.contain('$4,321.00');
    await depositAndSettle(user, 4321);
    await eventually(
      () =>
        [...el.shadowRoot!.querySelectorAll('tbody tr')].some(
          (r) => textOf(r).includes('ACH deposit from') && textOf(r).includes('4,321.00'),
        ),
      'the settled deposit is listed',
      10000,
      () => textOf(el),
    );
  });
});
