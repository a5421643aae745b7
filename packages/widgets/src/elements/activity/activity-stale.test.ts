import { expect, html } from '@open-wc/testing';
import { createTestUser, type TestUser } from '../../test/sandbox.ts';
import { expectRefreshFailedOverData } from '../../test/refresh-failed.ts';
import { expectStaleWhileDisconnected, mountElement } from '../../test/states.ts';
import './define.ts';
import type { AutoSharesActivity } from './activity.ts';

const mount = mountElement<AutoSharesActivity>(
  'as-activity',
  html`<as-activity page-size="10"></as-activity>`,
);

const rowCount = (el: AutoSharesActivity) => el.shadowRoot!.querySelectorAll('tbody tr').length;

describe('<as-activity>: older data', () => {
  let user: TestUser;
  beforeEach(async () => {
    user = await createTestUser();
  });

  it('says "Delayed — reconnecting" over the rows while the balance stream is down', async () => {
    await expectStaleWhileDisconnected(user, mount, {
      shown: (el) => rowCount(el) > 0,
      stream: 'data',
      kept: (el) => expect(rowCount(el)).to.equal(10),
    });
  });

  it('keeps the rows under "Could not refresh" while a refresh fails, and Retry brings them back', async () => {
    await expectRefreshFailedOverData(user, mount, {
      shown: (el) => rowCount(el) > 0,
      kept: (el) => expect(rowCount(el)).to.equal(10),
    });
  });
});
