import { expect, html } from '@open-wc/testing';
import { eventually, sessionFixture, textOf } from '../../test/sandbox.ts';
import '../../test/provider-probe.ts';
import '../define.ts';

const probe = (session: Element) => session.querySelector('as-test-provider-probe')!;
const stateOf = (el: Element) =>
  el.shadowRoot?.querySelector('[data-state]')?.getAttribute('data-state') ?? 'content';

// The reader of the declarations loads with the first <as-provider> of the page: the first
// test of this file is the one that sees it load.
describe('<as-session>: <as-provider> declarations read when the first appears', () => {
  it('shows loading, never "no provider", while the first declarations are read', async () => {
    const session = await sessionFixture(html`
      <as-provider name="shareworks" endpoint="/shareworks-as/dana"></as-provider>
      <as-test-provider-probe provider="shareworks" path="me/grants"></as-test-provider-probe>
    `);
    const el = probe(session);
    const seen = new Set([stateOf(el)]);
    const watch = new MutationObserver(() => seen.add(stateOf(el)));
    watch.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true });
    try {
      await eventually(
        () => textOf(el).includes('companyName'),
        'grants shown',
        10000,
        () => textOf(el),
      );
    } finally {
      watch.disconnect();
    }
    expect([...seen]).to.not.include('misconfigured');
    expect(session.session?.providersPending).to.equal(false);
  });

  it('finds an <as-provider> added after the session started', async () => {
    const session = await sessionFixture(html`
      <as-test-provider-probe provider="shareworks" path="me/grants"></as-test-provider-probe>
    `);
    const el = probe(session);
    await eventually(() => stateOf(el) === 'misconfigured', 'no provider yet', 5000);
    expect(textOf(el)).to.contain('No shareworks provider on this page');
    const declared = document.createElement('as-provider');
    declared.setAttribute('name', 'shareworks');
    declared.setAttribute('endpoint', '/shareworks-as/dana');
    session.prepend(declared);
    await eventually(
      () => textOf(el).includes('companyName'),
      'grants shown',
      10000,
      () => textOf(el),
    );
    expect(session.session?.providers.shareworks?.label).to.equal('Shareworks');
  });
});
