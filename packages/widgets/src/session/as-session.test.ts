import { expect, fixture, html } from '@open-wc/testing';
import '../test/probe-element.ts';
import type { TestProbe } from '../test/probe-element.ts';
import {
  createTestUser,
  eventually,
  fault,
  nextEvent,
  sandbox,
  sessionFixture,
  textOf,
  whenSignedIn,
  type TestUser,
} from '../test/sandbox.ts';
import { freshToken } from '../faults/dashboard.test-support.ts';
import type { AutoSharesSession } from './as-session.ts';
import './define.ts';

const probeIn = (root: Element, selector = 'as-test-probe') =>
  root.querySelector<TestProbe>(selector)!;
const part = (el: Element, name: string) =>
  el.shadowRoot!.querySelector(`[part~="${name}"]`)?.textContent?.trim();

describe('<as-session>', () => {
  let user: TestUser;
  before(async () => {
    user = await createTestUser();
  });

  it('signs in with a token and provides user and first account to elements inside', async () => {
    const session = await sessionFixture(html`<as-test-probe></as-test-probe>`, { user });
    await whenSignedIn(session);
    const probe = probeIn(session);
    await eventually(
      () => part(probe, 'login') === user.username,
      'probe shows the signed-in user',
    );
    expect(part(probe, 'account')).to.equal(String(user.accountIds[0]));
    await expect(probe).to.be.accessible();
  });

  it("a new token of the same user is used in place; another user's starts afresh", async () => {
    const me = await createTestUser(); // its token is expired below: not the file's shared user
    const session = await sessionFixture(html`<as-test-probe></as-test-probe>`, { user: me });
    await whenSignedIn(session);
    const probe = probeIn(session);
    const firstClient = session.session!.client;
    let authRequired = 0;
    session.addEventListener('as-auth-required', () => authRequired++);

    const before = session.session!.revision;
    session.token = await freshToken(me);
    await eventually(() => session.session!.revision > before, 'the new token checked');
    expect(session.session!.client, 'same client: cache and sockets kept').to.equal(firstClient);
    // The host rotated because the old token is ending: once it is refused, nothing notices.
    await fault({ expireTokens: true, scope: { token: me.token } });
    firstClient.queries.invalidate([]);
    await whenSignedIn(session);
    await eventually(() => !firstClient.queries.getState(['user', 'info']).fetching, 'refetched');
    expect(firstClient.queries.getState(['user', 'info']).status).to.equal('success');
    expect(session.session!.authState).to.equal('signed-in');
    expect(authRequired).to.equal(0);
    expect(part(probe, 'login')).to.equal(me.username);

    const other = await createTestUser();
    session.token = await freshToken(other);
    await eventually(
      () => part(probe, 'login') === other.username,
      'the other user, from a fresh client',
    );
    expect(session.session!.client).to.not.equal(firstClient);
  });

  it('never writes the token to an attribute', async () => {
    const session = await sessionFixture(html`<as-test-probe></as-test-probe>`, { user });
    await whenSignedIn(session);
    const everything = [session, ...session.querySelectorAll('*')]
      .flatMap((el) => [...el.attributes].map((a) => a.value))
      .join(' ');
    expect(everything).not.to.contain(user.token);
    expect(document.documentElement.outerHTML).not.to.contain(user.token);
    expect(JSON.stringify(localStorage)).not.to.contain(user.token);
    expect(JSON.stringify(sessionStorage)).not.to.contain(user.token);
  });

  it('reaches elements that upgrade before the session and after it', async () => {
    // An element connected with no session around it, later moved into one; and one added after.
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const holder = document.createElement('div');
    holder.innerHTML = '<as-test-probe id="early"></as-test-probe>';
    const early = holder.firstElementChild as TestProbe;
    wrapper.append(early); // upgraded and connected, no session yet
    await early.updateComplete;
    expect(textOf(early)).to.contain('Not connected');

    const session = document.createElement('as-session') as AutoSharesSession;
    session.setAttribute('base-url', sandbox().apiUrl);
    session.setAttribute('app-key', user.appKey);
    session.token = user.token;
    wrapper.append(session);
    session.append(early); // moved inside: the context request finds the provider
    const late = document.createElement('as-test-probe');
    session.append(late);
    await eventually(() => part(early, 'login') === user.username, 'early element connects');
    await eventually(() => part(late, 'login') === user.username, 'late element connects');
  });

  it('reaches elements when the session element upgrades after them (ContextRoot)', async () => {
    const tag = `as-session-late-${Math.random().toString(36).slice(2, 8)}`;
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = `<${tag} base-url="${sandbox().apiUrl}" app-key="${user.appKey}"><as-test-probe></as-test-probe></${tag}>`;
    const probe = probeIn(wrapper);
    await probe.updateComplete;
    expect(textOf(probe)).to.contain('Not connected');
    const { AutoSharesSession } = await import('./as-session.ts');
    customElements.define(tag, class extends AutoSharesSession {});
    const late = wrapper.firstElementChild as AutoSharesSession;
    late.token = user.token;
    await eventually(
      () => part(probe, 'login') === user.username,
      'probe connects to the late session',
    );
  });

  it('holds two sessions side by side, each with its own account', async () => {
    const other = await createTestUser();
    const root = await fixture<HTMLDivElement>(
      html`<div>
        <as-session id="a" base-url=${sandbox().apiUrl} app-key=${user.appKey} .token=${user.token}
          ><as-test-probe></as-test-probe
        ></as-session>
        <as-session
          id="b"
          base-url=${sandbox().apiUrl}
          app-key=${other.appKey}
          .token=${other.token}
          ><as-test-probe></as-test-probe
        ></as-session>
      </div>`,
    );
    const a = probeIn(root, '#a as-test-probe');
    const b = probeIn(root, '#b as-test-probe');
    await eventually(
      () => part(a, 'login') === user.username && part(b, 'login') === other.username,
      'both sign in',
    );
    expect(part(a, 'account')).to.equal(String(user.accountIds[0]));
    expect(part(b, 'account')).to.equal(String(other.accountIds[0]));
  });

  it('lets an element override the account and follows account-id changes on the session', async () => {
    const session = await sessionFixture(
      html`<as-test-probe id="plain"></as-test-probe
        ><as-test-probe id="pinned" account-id="777"></as-test-probe>`,
      { user },
    );
    await whenSignedIn(session);
    const plain = probeIn(session, '#plain');
    const pinned = probeIn(session, '#pinned');
    await eventually(
      () => part(plain, 'account') === String(user.accountIds[0]),
      'default account',
    );
    expect(part(pinned, 'account')).to.equal('777');
    session.setAttribute('account-id', String(user.accountIds[1]));
    await eventually(
      () => part(plain, 'account') === String(user.accountIds[1]),
      'session account switched',
    );
    expect(part(pinned, 'account')).to.equal('777');
  });

  it('serves elements outside any session from the page default session', async () => {
    const root = await fixture<HTMLDivElement>(
      html`<div>
        <as-test-probe id="outside"></as-test-probe>
        <as-session
          default
          base-url=${sandbox().apiUrl}
          app-key=${user.appKey}
          .token=${user.token}
        ></as-session>
      </div>`,
    );
    const outside = probeIn(root, '#outside');
    await eventually(
      () => part(outside, 'login') === user.username,
      'outside element uses the default session',
    );
    root.querySelector('as-session')!.remove();
    await eventually(() => textOf(outside).includes('Not connected'), 'default session gone');
  });

  it('signed out without a token: fires as-auth-required, shows a signed-out state, recovers when a token arrives', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const session = document.createElement('as-session');
    session.setAttribute('base-url', sandbox().apiUrl);
    session.setAttribute('app-key', user.appKey);
    session.innerHTML = '<as-test-probe></as-test-probe>';
    const required = nextEvent(wrapper, 'as-auth-required');
    wrapper.append(session);
    const event = await required;
    expect(event.reason).to.equal('no-token');
    const probe = probeIn(session);
    await eventually(() => textOf(probe).includes('You are signed out'), 'signed-out state shown');
    await expect(probe).to.be.accessible();
    session.token = user.token;
    await eventually(
      () => part(probe, 'login') === user.username,
      'recovered after the token arrived',
    );
  });

  it('asks a token provider, and recovers once the provider succeeds', async () => {
    let give: string | null = null;
    let asked = 0;
    const session = await sessionFixture(html`<as-test-probe></as-test-probe>`, {
      appKey: user.appKey,
      tokenProvider: async () => {
        asked++;
        return give ? { access_token: give, expires_at: Date.now() + 3_600_000 } : null;
      },
    });
    const probe = probeIn(session);
    await eventually(
      () => textOf(probe).includes('You are signed out'),
      'signed out while the provider has nothing',
    );
    expect(asked).to.be.greaterThan(0);
    give = user.token;
    const button = [...probe.shadowRoot!.querySelectorAll('button')].find((b) =>
      b.textContent!.includes('Sign in'),
    )!;
    button.click();
    await eventually(
      () => part(probe, 'login') === user.username,
      'signed in through the provider',
    );
  });

  it('gets its token from a token-endpoint on the host site (pages without script)', async () => {
    const answer = {
      access_token: user.token,
      expires_at: Date.now() + 3_600_000,
      api_base_url: sandbox().apiUrl,
    };
    // Stands in for the host's endpoint (the real bridge is in partner-sign-in.test.ts): a
    // same-origin path answered here, so the token stays out of every attribute.
    const endpoint = '/host-token-stand-in';
    const originalFetch = window.fetch;
    window.fetch = (input, init) =>
      new URL(String(input), location.href).pathname === endpoint
        ? Promise.resolve(Response.json(answer))
        : originalFetch(input, init);
    try {
      const root = await fixture<HTMLDivElement>(
        html`<div>
          <as-session base-url=${sandbox().apiUrl} app-key=${user.appKey} token-endpoint=${endpoint}
            ><as-test-probe></as-test-probe
          ></as-session>
        </div>`,
      );
      const probe = probeIn(root);
      await eventually(
        () => part(probe, 'login') === user.username,
        'signed in through the endpoint',
      );
    } finally {
      window.fetch = originalFetch;
    }
  });

  it('applies the session theme to its elements, and follows the page when unset', async () => {
    const session = await sessionFixture(html`<as-test-probe></as-test-probe>`, {
      user,
      theme: 'dark',
    });
    const probe = probeIn(session);
    await eventually(() => getComputedStyle(probe).colorScheme === 'dark', 'dark scheme applied');
    session.theme = 'light';
    await eventually(() => getComputedStyle(probe).colorScheme === 'light', 'light scheme applied');
    session.theme = undefined;
    await eventually(
      () => getComputedStyle(probe).colorScheme === 'light dark',
      'follows the page again',
    );
  });

  it('transparent: elements drop their surface background', async () => {
    const session = await sessionFixture(html`<as-test-probe></as-test-probe>`, { user });
    const probe = probeIn(session);
    const background = () => getComputedStyle(probe).backgroundColor;
    await eventually(() => background() !== 'rgba(0, 0, 0, 0)', 'opaque surface by default');
    session.transparent = true;
    await eventually(() => background() === 'rgba(0, 0, 0, 0)', 'transparent surface');
  });

  it('treats a refused token as signed out and says so', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const required = nextEvent(wrapper, 'as-auth-required');
    const session = document.createElement('as-session');
    session.setAttribute('base-url', sandbox().apiUrl);
    session.setAttribute('app-key', user.appKey);
    session.token = 'not-a-valid-token';
    session.innerHTML = '<as-test-probe></as-test-probe>';
    wrapper.append(session);
    expect((await required).reason).to.equal('token-rejected');
    await eventually(
      () => textOf(probeIn(session)).includes('You are signed out'),
      'signed-out state',
    );
    expect(document.documentElement.outerHTML).not.to.contain('not-a-valid-token');
  });
});
