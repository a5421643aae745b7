import { expect, html } from '@open-wc/testing';
import { AutoSharesElement } from '../base/base-element.ts';
import { defineElement } from '../core/define.ts';
import { QuoteFeed } from './quote-feed.ts';
import { createTestUser, eventually, sessionFixture, setPrice } from '../test/sandbox.ts';

/** Two securities, AAPL (1) and MSFT (2), fed only while shown (unless `all` is set). */
class FeedProbe extends AutoSharesElement {
  all = false;
  readonly feed = new QuoteFeed(this, () => [1, 2], { streamAll: () => this.all });
}
defineElement('as-feed-probe', FeedProbe);

describe('QuoteFeed with streamAll', () => {
  it('streams a security only while it is shown, and every one while streamAll says so', async () => {
    const user = await createTestUser();
    const session = await sessionFixture(html`<as-feed-probe></as-feed-probe>`, { user });
    const probe = session.querySelector<FeedProbe>('as-feed-probe')!;
    await eventually(() => probe.session?.authState === 'signed-in', 'signed in');
    await probe.updateComplete;
    expect(probe.feed.streaming, 'nothing shown, nothing streamed').to.equal(0);

    const seen: number[] = [];
    const aapl = probe.feed.quote(1);
    const stop = aapl.subscribe(() => seen.push(aapl.value?.Last ?? NaN));
    expect(probe.feed.streaming).to.equal(1);
    await setPrice('AAPL', 321.5);
    await eventually(() => seen.includes(321.5), 'the shown security streams');
    expect(probe.feed.get(2), 'MSFT is not shown').to.equal(undefined);

    stop();
    // Kept a few seconds (scrolling back costs nothing), then dropped.
    expect(probe.feed.streaming).to.equal(1);
    await eventually(() => probe.feed.streaming === 0, 'unsubscribed after the linger', 6000);
    // the last value it had stays (the market may have moved AAPL on during the linger)
    expect(aapl.value?.Last, 'kept for when it is shown again').to.be.a('number');

    probe.all = true; // e.g. sorting by a live column needs every price
    probe.requestUpdate();
    await eventually(() => probe.feed.streaming === 2, 'every security streams');
    await eventually(() => probe.feed.get(2)?.Last !== undefined, 'MSFT priced');
  }).timeout(20000);
});
