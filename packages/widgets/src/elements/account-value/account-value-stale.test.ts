import { expect, html } from '@open-wc/testing';
import { createTestUser, type TestUser } from '../../test/sandbox.ts';
import { expectRefreshFailedOverData } from '../../test/refresh-failed.ts';
import { expectStaleWhileDisconnected, mountElement } from '../../test/states.ts';
import './define.ts';
import type { AutoSharesAccountValue } from './account-value.ts';

const mount = mountElement<AutoSharesAccountValue>(
  'as-account-value',
  html`<as-account-value period="1M" style="display:block;width:640px"></as-account-value>`,
);

const drawn = (el: AutoSharesAccountValue) =>
  el.shadowRoot!.querySelector<HTMLElement>('.plot')?.dataset.ready === 'true';
const value = (el: AutoSharesAccountValue) =>
  el.shadowRoot!.querySelector('[data-value]')?.textContent?.trim() ?? '';

describe('<as-account-value>: older data', () => {
  let user: TestUser;
  beforeEach(async () => {
    user = await createTestUser();
  });

  it('says "Delayed — reconnecting" over the chart while the balance stream is down', async () => {
    await expectStaleWhileDisconnected(user, mount, {
      shown: drawn,
      stream: 'data',
      kept: (el) => expect(value(el)).to.match(/^\$[\d,]+\.\d{2}$/),
    });
  });

  it('keeps the chart under "Could not refresh" while a refresh fails, and Retry brings it back', async () => {
    await expectRefreshFailedOverData(user, mount, {
      shown: drawn,
      kept: (el) => {
        expect(drawn(el)).to.equal(true);
        expect(value(el)).to.match(/^\$[\d,]+\.\d{2}$/);
      },
    });
  });
});
