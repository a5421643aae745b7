/**
 * Markup alone (a CMS author, no script) cannot send the reader's token to another origin, nor
 * run script through `login-url`: the session refuses such settings, every element says the
 * page is misconfigured, and `as-config-error` tells the host. Against the real sign-in bridge
 * web-test-runner mounts on this page's origin, and a real server on another port of 127.0.0.1
 * that counts every request it gets.
 */
import { UrlPolicyError } from '@autoshares/client';
import { expect, fixture, html } from '@open-wc/testing';
import '../elements/positions/define.ts';
import '../elements/watchlist/define.ts';
import '../test/probe-element.ts';
import {
  bridgeToken,
  foreignOrigin,
  foreignRequests,
  oauth,
  realClick,
  signInThroughPopup,
  signOutOfBridge,
} from '../test/partner.ts';
import { createTestUser, eventually, sandbox, textOf, type TestUser } from '../test/sandbox.ts';
import { button } from '../test/user.ts';
import type { AutoSharesSession } from './as-session.ts';
import type { ConfigErrorEvent, ConfigErrorReason } from './config-error.ts';
import { startSignIn } from './sign-in-popup.ts';
import './define.ts';

const stateOf = (el: Element) =>
  el.shadowRoot?.querySelector('[data-state]')?.getAttribute('data-state');
const misconfigured = (el: Element) => stateOf(el) === 'misconfigured';

/** Every `as-config-error` reaching the document until `stop()`. */
function recordConfigErrors() {
  const seen: Array<{ reason: ConfigErrorReason; message: string }> = [];
  const record = (event: ConfigErrorEvent) =>
    seen.push({ reason: event.reason, message: event.message });
  document.addEventListener('as-config-error', record);
  return { seen, stop: () => document.removeEventListener('as-config-error', record) };
}

/**
 * Sets `window[FLAG]` when run, in this page or (from a popup) in its opener; the trailing `//`
 * keeps the `?popup=1` or `?return_to=…` the sign-in appends from breaking it.
 */
const FLAG = '__asLoginUrlScriptRan';
const SCRIPT = `(window.opener||window).${FLAG}=1//`;
const scriptRan = () => (window as unknown as Record<string, unknown>)[FLAG] !== undefined;

/** `login-url` values that must open and navigate nowhere. */
const HOSTILE_LOGIN_URLS = [
  `javascript:${SCRIPT}`,
  ` javascript:${SCRIPT}`,
  `java\tscript:${SCRIPT}`,
  `\x00javascript:${SCRIPT}`,
  `JaVaScRiPt:${SCRIPT}`,
  `data:text/html,<script>${SCRIPT}</script>`,
  'vbscript:msgbox(1)',
  '//evil.example/autoshares/login',
  'https:\\\\evil.example/autoshares/login',
  '/\\evil.example/autoshares/login',
];

const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

describe('a token from token-endpoint goes only to the API it was issued for', function () {
  this.timeout(30000); // a real sign-in through the popup
  let user: TestUser;
  before(async () => {
    user = await createTestUser();
    await signOutOfBridge();
  });
  after(signOutOfBridge);

  it('markup pointing base-url at another origin: nothing reaches it, and every element says why', async () => {
    // The reader signs in on a correctly set-up section of the page.
    const good = await fixture<HTMLElement>(
      html`<as-session
        base-url=${sandbox().apiUrl}
        app-key=${sandbox().appKey!}
        token-endpoint="${oauth().bridge}/token"
        login-url="${oauth().bridge}/login"
        ><as-test-probe></as-test-probe
      ></as-session>`,
    );
    const goodProbe = good.querySelector('as-test-probe')!;
    await eventually(() => stateOf(goodProbe) === 'signed-out', 'signed out at first');
    await signInThroughPopup(goodProbe, user);
    await eventually(
      () => stateOf(goodProbe) === undefined,
      'signed in',
      10000,
      () => textOf(goodProbe),
    );
    expect(await bridgeToken(), 'the bridge hands this page a token').to.not.equal(null);
    await foreignRequests(true);

    // What a CMS author inserts: the same bridge, another API.
    const errors = recordConfigErrors();
    try {
      const root = await fixture<HTMLDivElement>(
        html`<div>
          <as-session
            base-url="${foreignOrigin()}/api"
            app-key="x"
            token-endpoint="${oauth().bridge}/token"
          >
            <as-test-probe></as-test-probe>
            <as-watchlist></as-watchlist>
            <as-positions></as-positions>
          </as-session>
        </div>`,
      );
      const session = root.querySelector<AutoSharesSession>('as-session')!;
      const elements = [...session.children];
      await eventually(
        () => elements.every(misconfigured),
        'every element says the page is misconfigured',
        10000,
        () => elements.map(textOf).join(' | '),
      );
      for (const el of elements) {
        expect(textOf(el), el.localName).to.contain('AutoShares is misconfigured on this page');
        expect(textOf(el), el.localName).to.contain(`not for base-url ${foreignOrigin()}/api`);
        expect(button(el, 'Sign in'), el.localName).to.equal(undefined);
      }
      expect(errors.seen.map((e) => e.reason)).to.deep.equal(['token-api']);
      expect(errors.seen[0].message).to.contain(sandbox().apiUrl);
      expect(session.session!.authState).to.equal('signed-out');
    } finally {
      errors.stop();
    }

    // A request of the test's own shows the counter counts; nothing else arrived.
    await fetch(`${foreignOrigin()}/control`);
    const seen = await foreignRequests();
    expect(seen.paths).to.deep.equal(['GET /control']);
    expect(seen.withAuthorization).to.equal(0);
  });
});

describe('URLs from markup go through the URL policy', () => {
  afterEach(() => {
    delete (window as unknown as Record<string, unknown>)[FLAG];
  });

  it('a hostile login-url runs no script, popup allowed or blocked, and says sign-in is misconfigured', async () => {
    const opened: string[] = [];
    let blockPopups = false;
    const originalOpen = window.open;
    window.open = (...args: Parameters<typeof window.open>) => {
      opened.push(String(args[0]));
      return blockPopups ? null : originalOpen.apply(window, args);
    };
    try {
      for (const loginUrl of HOSTILE_LOGIN_URLS) {
        const what = JSON.stringify(loginUrl);
        const errors = recordConfigErrors();
        const root = await fixture<HTMLDivElement>(
          html`<div>
            <as-session
              base-url=${sandbox().apiUrl}
              app-key=${sandbox().appKey!}
              login-url=${loginUrl}
              .tokenProvider=${async () => null}
              ><as-test-probe></as-test-probe
            ></as-session>
            <button type="button">Sign in (page)</button>
          </div>`,
        );
        errors.stop();
        const session = root.querySelector<AutoSharesSession>('as-session')!;
        const probe = session.querySelector('as-test-probe')!;
        await eventually(
          () => misconfigured(probe),
          `${what}: misconfigured`,
          5000,
          () => textOf(probe),
        );
        expect(textOf(probe), what).to.contain('Sign-in is misconfigured on this page');
        expect(textOf(probe), what).to.contain('login-url is refused');
        expect(button(probe, 'Sign in'), what).to.equal(undefined);
        expect(
          errors.seen.map((e) => e.reason),
          what,
        ).to.deep.equal(['login-url']);

        // What the Sign in button would do, from a real click (the popup may open), and with
        // popups blocked (the page would navigate to login-url instead).
        const pageButton = root.querySelector('button')!;
        pageButton.addEventListener('click', () => session.session!.requestSignIn());
        blockPopups = false;
        await realClick(pageButton);
        blockPopups = true;
        await realClick(pageButton);
        await frames(3);
        expect(scriptRan(), `${what}: script ran`).to.equal(false);
        expect(opened, what).to.deep.equal([]);
        expect(location.pathname, what).to.not.contain('evil');
        expect(misconfigured(probe), what).to.equal(true);
      }
    } finally {
      window.open = originalOpen;
    }
  });

  it('startSignIn itself refuses them: nothing opened, nothing navigated', () => {
    const popupLike = window;
    for (const blocked of [false, true]) {
      for (const loginUrl of HOSTILE_LOGIN_URLS) {
        const calls: string[] = [];
        expect(
          () =>
            startSignIn(loginUrl, () => calls.push('done'), {
              open: (url) => (calls.push(`open ${url}`), blocked ? null : popupLike),
              navigate: (url) => calls.push(`navigate ${url}`),
            }),
          JSON.stringify(loginUrl),
        ).to.throw(UrlPolicyError);
        expect(calls, JSON.stringify(loginUrl)).to.deep.equal([]);
      }
    }
  });

  it('a token-endpoint outside the policy is never fetched; every element says why', async () => {
    const errors = recordConfigErrors();
    try {
      const root = await fixture<HTMLDivElement>(
        html`<div>
          <as-session
            base-url=${sandbox().apiUrl}
            app-key=${sandbox().appKey!}
            token-endpoint="javascript:${SCRIPT}"
            ><as-test-probe></as-test-probe
          ></as-session>
        </div>`,
      );
      const probe = root.querySelector('as-test-probe')!;
      await eventually(
        () => misconfigured(probe),
        'misconfigured',
        5000,
        () => textOf(probe),
      );
      expect(textOf(probe)).to.contain('token-endpoint is refused');
      expect(errors.seen.map((e) => e.reason)).to.deep.equal(['token-endpoint']);
      expect(scriptRan()).to.equal(false);
    } finally {
      errors.stop();
    }
  });
});
