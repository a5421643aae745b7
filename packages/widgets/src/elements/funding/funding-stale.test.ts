import { expect, html } from '@open-wc/testing';
import { createTestUser, type TestUser } from '../../test/sandbox.ts';
import { expectRefreshFailedOverData } from '../../test/refresh-failed.ts';
import { expectStaleWhileDisconnected, mountElement } from '../../test/states.ts';
import './define.ts';
import type { AutoSharesFunding } from './funding.ts';

const mount = mountElement<AutoSharesFunding>('as-funding', html`<as-funding></as-funding>`);

const cash = (el: AutoSharesFunding) =>
  el.shadowRoot!.querySelector('[data-figure="cash"]')?.textContent?.trim() ?? '';

describe('as-funding: older data', () => {
  let user: TestUser;
  beforeEach(async () => {
    user = await createTestUser();
  });

  it('says "Delayed — reconnecting" over the cash figures while the balance stream is down', async () => {
    await expectStaleWhileDisconnected(user, mount, {
      shown: (el) => /^\$/.test(cash(el)),
      stream: 'data',
      kept: (el) => expect(cash(el)).to.match(/^\$[\d,]+\.\d{2}$/),
    });
  });

  it('keeps the figures under "Could not refresh" while a refresh fails, and Retry brings them back', async () => {
    await expectRefreshFailedOverData(user, mount, {
      shown: (el) => /^\$/.test(cash(el)),
      kept: (el) => expect(cash(el)).to.match(/^\$[\d,]+\.\d{2}$/),
    });
  });
});
