import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { eventually, sessionFixture, textOf } from '../../test/sandbox.ts';
import { foreignOrigin, foreignRequests } from '../../test/partner.ts';
import '../../test/provider-probe.ts';
import '../define.ts';
import './define.ts';

const probe = (session: Element) => session.querySelector('as-test-provider-probe')!;
const stateOf = (el: Element) =>
  el.shadowRoot?.querySelector('[data-state]')?.getAttribute('data-state') ?? 'content';

describe('<as-provider>: another provider declared on the session', () => {
  it("reads the provider's data through its bridge, with nobody signed in to AutoShares", async () => {
    const session = await sessionFixture(html`
      <as-provider name="shareworks" endpoint="/shareworks-as/dana"></as-provider>
      <as-test-provider-probe provider="shareworks" path="me/grants"></as-test-provider-probe>
    `);
    const el = probe(session);
    await eventually(
      () => textOf(el).includes('companyName'),
      'grants shown',
      10000,
      () => textOf(el),
    );
    expect(session.session?.authState).to.equal('signed-out');
    expect(session.session?.providers.shareworks.label).to.equal('Shareworks');
  });

  it('shows who must sign in, naming the provider, when its bridge has nobody signed in', async () => {
    const session = await sessionFixture(html`
      <as-provider
        name="shareworks"
        endpoint="/shareworks-as/nobody"
        sign-in-url="/login"
      ></as-provider>
      <as-test-provider-probe provider="shareworks" path="me/grants"></as-test-provider-probe>
    `);
    const el = probe(session);
    await eventually(
      () => stateOf(el) === 'signed-out',
      'signed out',
      10000,
      () => textOf(el),
    );
    expect(textOf(el)).to.contain('You are not signed in to Shareworks.');
    expect(el.shadowRoot!.querySelector('button')?.textContent?.trim()).to.equal(
      'Sign in to Shareworks',
    );
  });

  it('asks to connect an account the bridge says is not connected, and reads a connected one', async () => {
    const user = `fresh-${Math.random().toString(36).slice(2, 10)}`;
    const session = await sessionFixture(html`
      <as-provider
        name="sharesight"
        endpoint="/sharesight-as/${user}"
        sign-in-url="/sharesight-as/${user}/connect"
      ></as-provider>
      <as-test-provider-probe provider="sharesight" path="portfolios"></as-test-provider-probe>
    `);
    const el = probe(session);
    await eventually(
      () => stateOf(el) === 'signed-out',
      'not connected',
      10000,
      () => textOf(el),
    );
    expect(textOf(el)).to.contain('Connect your Sharesight account to see this.');
    expect(el.shadowRoot!.querySelector('button')?.textContent?.trim()).to.equal(
      'Connect Sharesight',
    );

    await executeServerCommand('autoshares-sharesight-connect', { user });
    session.querySelector('as-provider')!.setAttribute('endpoint', `/sharesight-as/${user}/`);
    await eventually(
      () => textOf(el).includes('portfolios'),
      'portfolios',
      10000,
      () => textOf(el),
    );
  });

  it('refuses an endpoint on another origin with a specific message, and sends nothing there', async () => {
    await foreignRequests(true);
    const session = await sessionFixture(html`
      <as-provider name="shareworks" endpoint="${foreignOrigin()}/shareworks"></as-provider>
      <as-test-provider-probe provider="shareworks" path="me/grants"></as-test-provider-probe>
    `);
    const el = probe(session);
    await eventually(
      () => stateOf(el) === 'misconfigured',
      'misconfigured',
      5000,
      () => textOf(el),
    );
    expect(textOf(el)).to.contain('Shareworks is misconfigured on this page.');
    expect(textOf(el)).to.contain("it must be on this page's own origin");
    expect((await foreignRequests()).total).to.equal(0);
  });

  it('says which declaration is missing, and follows declarations added and removed', async () => {
    const session = await sessionFixture(html`
      <as-test-provider-probe provider="shareworks" path="me/grants"></as-test-provider-probe>
    `);
    const el = probe(session);
    await eventually(
      () => stateOf(el) === 'misconfigured',
      'missing',
      5000,
      () => textOf(el),
    );
    expect(textOf(el)).to.contain('No shareworks provider on this page');

    const declared = document.createElement('as-provider');
    declared.name = 'shareworks';
    declared.endpoint = '/shareworks-as/dana';
    session.append(declared);
    await eventually(
      () => textOf(el).includes('companyName'),
      'grants',
      10000,
      () => textOf(el),
    );

    declared.remove();
    await eventually(
      () => stateOf(el) === 'misconfigured',
      'missing again',
      5000,
      () => textOf(el),
    );
    expect(session.session?.providers.shareworks).to.equal(undefined);
  });
});
