/**
 * Partner sign-in end to end: a page with no script of its own,
 * `<as-session token-endpoint="/autoshares/token" login-url="/autoshares/login">`, on the test
 * server's origin where web-test-runner.config.mjs mounts the real sign-in bridge
 * (`@autoshares/host`) against the sandbox's OAuth server (short-lived access tokens).
 *
 * The sign-in popup is opened by a real mouse click (`sendMouse`, so it is a user gesture) and
 * filled in by the `autoshares-sign-in-popup` server command, which finds the popup through the
 * Chrome launcher's puppeteer (the sandbox's sign-in page is on another origin, out of the test
 * page's reach).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../elements/positions/define.ts';
import '../elements/watchlist/define.ts';
import '../test/probe-element.ts';
import { bridgeToken, oauth, signInThroughPopup, signOutOfBridge } from '../test/partner.ts';
import { createTestUser, eventually, fault, sandbox, type TestUser } from '../test/sandbox.ts';
import { button } from '../test/user.ts';
import type { AutoSharesSession } from './as-session.ts';
import './define.ts';

const tableRows = (el: Element) => el.shadowRoot!.querySelectorAll('tbody tr').length;
const signedOutShown = (el: Element) =>
  el.shadowRoot!.querySelector('[data-state="signed-out"]') !== null;
const loginShown = (el: Element) =>
  el.shadowRoot!.querySelector('[part~="login"]')?.textContent?.trim();

/**
 * A partner page: the session and its elements, no script. `withPositions: false` leaves the
 * positions out, so a test can add them later and know they need a request of their own.
 */
async function partnerPage({ withPositions = true } = {}): Promise<{
  session: AutoSharesSession;
  elements: Element[];
  probe: Element;
  watchlist: Element;
}> {
  const root = await fixture<HTMLDivElement>(
    html`<div>
      <as-session
        base-url=${sandbox().apiUrl}
        app-key=${sandbox().appKey!}
        token-endpoint="${oauth().bridge}/token"
        login-url="${oauth().bridge}/login"
      >
        <as-test-probe></as-test-probe>
        <as-watchlist></as-watchlist>
        ${withPositions ? html`<as-positions></as-positions>` : null}
      </as-session>
    </div>`,
  );
  const session = root.querySelector<AutoSharesSession>('as-session')!;
  const elements = [...session.children];
  return {
    session,
    elements,
    probe: session.querySelector('as-test-probe')!,
    watchlist: session.querySelector('as-watchlist')!,
  };
}

/** Records the page's calls to the bridge's token endpoint (method) until stopped. */
function recordTokenCalls() {
  const calls: string[] = [];
  const original = window.fetch;
  window.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (url.pathname === `${oauth().bridge}/token`) calls.push(init?.method ?? 'GET');
    return original(input, init);
  };
  return {
    calls,
    stop: () => {
      window.fetch = original;
    },
  };
}

/** Records, until stopped, whether the session ever left the signed-in state. */
function watchSignedIn(session: AutoSharesSession, elements: Element[]) {
  let leftSignedIn = false;
  let authRequired = 0;
  const onAuthRequired = () => authRequired++;
  session.addEventListener('as-auth-required', onAuthRequired);
  const timer = setInterval(() => {
    if (session.session?.authState !== 'signed-in' || elements.some(signedOutShown))
      leftSignedIn = true;
  }, 20);
  return {
    stop() {
      clearInterval(timer);
      session.removeEventListener('as-auth-required', onAuthRequired);
      return { leftSignedIn, authRequired };
    },
  };
}

describe('partner sign-in (token-endpoint + login-url with the @autoshares/host bridge)', function () {
  // Sign-in pages in a popup, and waiting out a (short) access token lifetime.
  this.timeout(30000);
  let user: TestUser;
  beforeEach(async () => {
    user = await createTestUser();
    await signOutOfBridge();
  });
  after(signOutOfBridge);

  it('signs in through the popup and every element recovers without a reload', async () => {
    const { session, elements, probe, watchlist } = await partnerPage();
    // Another section of the page with a session of its own (same bridge): it recovers too.
    const aside = await fixture<HTMLDivElement>(
      html`<div>
        <as-session
          base-url=${sandbox().apiUrl}
          app-key=${sandbox().appKey!}
          token-endpoint="${oauth().bridge}/token"
          login-url="${oauth().bridge}/login"
          ><as-test-probe></as-test-probe
        ></as-session>
      </div>`,
    );
    const asideProbe = aside.querySelector('as-test-probe')!;
    await eventually(
      () => [...elements, asideProbe].every(signedOutShown),
      'every element shows signed out',
    );
    for (const el of elements) expect(button(el, 'Sign in'), el.localName).to.not.equal(undefined);
    await expect(watchlist).to.be.accessible();
    const page = Symbol('same page');
    (window as unknown as Record<symbol, boolean>)[page] = true;

    await signInThroughPopup(watchlist, user);

    await eventually(() => loginShown(probe) === user.username, 'probe shows the user', 10000);
    await eventually(() => tableRows(watchlist) > 0, 'watchlist shows its symbols', 8000);
    await eventually(
      () => tableRows(session.querySelector('as-positions')!) > 0,
      'positions show the seeded holdings',
      8000,
    );
    await eventually(
      () => loginShown(asideProbe) === user.username,
      'the other session recovers too',
    );
    expect([...elements, asideProbe].some(signedOutShown)).to.equal(false);
    expect((window as unknown as Record<symbol, boolean>)[page], 'no reload').to.equal(true);
    expect(session.signInError).to.equal(null);
    await expect(watchlist).to.be.accessible();
  });

  it('keeps working past the access token lifetime: refreshes without a signed-out moment', async () => {
    const { session, elements, probe } = await partnerPage({ withPositions: false });
    await eventually(() => elements.every(signedOutShown), 'signed out first');
    await signInThroughPopup(elements[1]!, user);
    await eventually(() => loginShown(probe) === user.username, 'signed in', 10000);
    const first = await bridgeToken();
    expect(first, 'the bridge holds a token').to.not.equal(null);
    const watch = watchSignedIn(session, elements);

    // Wait (bounded) until the first access token has expired at the sandbox.
    await eventually(
      () => Date.now() > first!.expires_at * 1000 + 250,
      'the first access token expired',
      oauth().accessTokenLifetimeMs + 3000,
    );
    // Something new needs the API now: a new element on the page loads its data (positions
    // were never fetched on this page, so this is a request made after the expiry).
    const tokenCalls = recordTokenCalls();
    const later = document.createElement('as-positions');
    session.append(later);
    await eventually(() => tableRows(later) > 0, 'a new element loads data after expiry', 8000);
    tokenCalls.stop();
    // Refreshed before any request was refused: asked (GET), never forced after a 401 (POST).
    expect(tokenCalls.calls, 'the session asked the bridge again').to.include('GET');
    expect(tokenCalls.calls, 'no request was refused first').to.not.include('POST');

    const { leftSignedIn, authRequired } = watch.stop();
    expect(leftSignedIn, 'never showed signed out').to.equal(false);
    expect(authRequired, 'no as-auth-required').to.equal(0);
    const now = await bridgeToken();
    expect(now!.access_token, 'a refreshed token').to.not.equal(first!.access_token);
  });

  it('after a 401 asks the bridge for a fresh token (POST) and carries on', async () => {
    // A token with a long life left (as in production), so only the 401 can make it stale.
    const shortLifetime = await executeServerCommand<number, { ms: number }>(
      'autoshares-oauth-token-lifetime',
      { ms: 10 * 60_000 },
    );
    try {
      const { session, elements, probe } = await partnerPage({ withPositions: false });
      await eventually(() => elements.every(signedOutShown), 'signed out first');
      await signInThroughPopup(elements[0]!, user);
      await eventually(() => loginShown(probe) === user.username, 'signed in', 10000);
      const current = await bridgeToken();
      const watch = watchSignedIn(session, elements);

      // The API stops accepting the token the bridge still considers valid.
      await fault({ expireTokens: true, scope: { token: current!.access_token } });
      const tokenCalls = recordTokenCalls();
      const later = document.createElement('as-positions');
      session.append(later);
      await eventually(() => tableRows(later) > 0, 'the new element loads after the 401', 8000);
      tokenCalls.stop();
      expect(tokenCalls.calls, 'a forced refresh after the 401').to.deep.equal(['POST']);

      const { leftSignedIn, authRequired } = watch.stop();
      expect(leftSignedIn, 'never showed signed out').to.equal(false);
      expect(authRequired).to.equal(0);
      expect((await bridgeToken())!.access_token).to.not.equal(current!.access_token);
    } finally {
      await executeServerCommand('autoshares-oauth-token-lifetime', { ms: shortLifetime });
    }
  });

  it('shows why a sign-in failed (consent denied) and stays signed out', async () => {
    const { session, elements, watchlist } = await partnerPage();
    await eventually(() => elements.every(signedOutShown), 'signed out first');
    await signInThroughPopup(watchlist, user, 'deny');
    await eventually(() => session.signInError !== null, 'the failure is reported', 10000);
    const alert = session.shadowRoot!.querySelector('[role="alert"]');
    expect(alert?.textContent?.trim()).to.equal(session.signInError);
    expect(elements.every(signedOutShown)).to.equal(true);
    expect(await bridgeToken()).to.equal(null);
  });
});
