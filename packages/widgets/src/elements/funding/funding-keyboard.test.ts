import { expect } from '@open-wc/testing';
import { createTestUser, eventually, textOf, type TestUser } from '../../test/sandbox.ts';
import { button, focused, nameOf, press, type } from '../../test/user.ts';
import { linkApprovedBank, mountFunding, rest } from './funding.test-support.ts';

describe('as-funding: keyboard', () => {
  let user: TestUser;
  let accountId: number;
  let linkId: string;
  beforeEach(async () => {
    user = await createTestUser();
    accountId = user.accountIds[0]!;
    linkId = await linkApprovedBank(user, accountId, '11112222');
  });

  it('Rename by keyboard: Enter opens it on the nickname, Escape closes it, Enter in the field saves', async () => {
    const el = await mountFunding(user, accountId);
    const rename = () => button(el, 'Rename Everyday checking ****2222');
    await eventually(
      () => !!rename(),
      'Rename is offered',
      10000,
      () => textOf(el),
    );
    rename()!.focus();
    await press('Enter');
    await eventually(
      () => focused()?.getAttribute('data-field') === 'name',
      'focus on the nickname',
      5000,
      () => nameOf(focused()),
    );
    await press('Escape');
    await eventually(
      () => !el.shadowRoot!.querySelector('[data-kind="save-rename"]'),
      'the rename form closed',
    );
    await eventually(
      () => focused()?.getAttribute('data-kind') === 'review',
      'focus back on the transfer form',
      5000,
      () => nameOf(focused()),
    );

    rename()!.focus();
    await press('Enter');
    await eventually(() => focused()?.getAttribute('data-field') === 'name', 'the nickname again');
    await press('End');
    await type(' 2');
    await press('Enter');
    await eventually(
      () => textOf(el).includes('Everyday checking 2 ****2222'),
      'renamed',
      10000,
      () => textOf(el),
    );
    const { body } = await rest<{ Name: string }>(
      user,
      `/v1.0/accounts/${accountId}/ach-relationships/${linkId}`,
    );
    expect(body.Name).to.equal('Everyday checking 2');
  });
});
