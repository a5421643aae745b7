/**
 * A configuration mistake no sign-in can fix shows in every element, the same way whatever the
 * mistake: a refused `base-url`, or a `token-endpoint` that cannot serve this page (on another
 * origin, or answering 403). The session also fires `as-config-error` with the specific reason,
 * and sends nothing: a real server on another port of 127.0.0.1 counts every request it gets.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../elements/positions/define.ts';
import '../elements/watchlist/define.ts';
import '../test/probe-element.ts';
import { foreignOrigin, foreignRequests } from '../test/partner.ts';
import { requestsTo } from '../test/requests.ts';
import { eventually, sandbox, textOf } from '../test/sandbox.ts';
import { button } from '../test/user.ts';
import type { AutoSharesSession } from './as-session.ts';
import type { ConfigErrorEvent, ConfigErrorReason } from './config-error.ts';
import './define.ts';

const stateOf = (el: Element) =>
  el.shadowRoot?.querySelector('[data-state]')?.getAttribute('data-state');

/** Every `as-config-error` and `as-auth-required` reaching the document until `stop()`. */
function recordEvents() {
  const configErrors: ConfigErrorReason[] = [];
  let authRequired = 0;
  const onConfigError = (event: ConfigErrorEvent) => configErrors.push(event.reason);
  const onAuthRequired = () => authRequired++;
  document.addEventListener('as-config-error', onConfigError);
  document.addEventListener('as-auth-required', onAuthRequired);
  return {
    configErrors,
    authRequired: () => authRequired,
    stop: () => {
      document.removeEventListener('as-config-error', onConfigError);
      document.removeEventListener('as-auth-required', onAuthRequired);
    },
  };
}

/** A session with these attributes (and `token`, if given) around three elements. */
async function pageWith(
  attributes: Record<string, string>,
  token?: string,
): Promise<{ session: AutoSharesSession; elements: Element[] }> {
  const root = await fixture<HTMLDivElement>(html`<div></div>`);
  const session = document.createElement('as-session');
  for (const [name, value] of Object.entries(attributes)) session.setAttribute(name, value);
  if (token) session.token = token;
  session.innerHTML =
    '<as-test-probe></as-test-probe><as-watchlist></as-watchlist><as-positions></as-positions>';
  root.append(session);
  return { session, elements: [...session.children] };
}

/** Waits until every element shows the misconfigured state, then checks what each says. */
async function everyElementSays(elements: Element[], ...phrases: string[]): Promise<void> {
  await eventually(
    () => elements.every((el) => stateOf(el) === 'misconfigured'),
    'every element says the page is misconfigured',
    10_000,
    () => elements.map((el) => `${el.localName}: ${textOf(el)}`).join(' | '),
  );
  for (const el of elements) {
    expect(textOf(el), el.localName).to.contain('AutoShares is misconfigured on this page');
    for (const phrase of phrases) expect(textOf(el), el.localName).to.contain(phrase);
    expect(button(el, 'Sign in'), el.localName).to.equal(undefined);
  }
}

/** What reached the foreign origin besides a control request of the test's own. */
async function foreignRequestsBesidesControl() {
  await fetch(`${foreignOrigin()}/control`);
  const seen = await foreignRequests();
  return { paths: seen.paths.filter((p) => p !== 'GET /control'), auth: seen.withAuthorization };
}

describe('configuration mistakes show in every element', function () {
  this.timeout(20_000);

  it('a refused base-url: every element says why (not "Not connected"), and the token goes nowhere', async () => {
    const foreignHost = new URL(foreignOrigin()).host;
    const flag = '__asBaseUrlScriptRan';
    for (const baseUrl of [
      `//${foreignHost}/api`,
      'http://evil.example/api',
      `javascript:window.${flag}=1//`,
    ]) {
      await foreignRequests(true);
      const events = recordEvents();
      try {
        const { session, elements } = await pageWith(
          { 'base-url': baseUrl, 'app-key': 'x' },
          'a-token-for-nowhere',
        );
        await everyElementSays(elements, 'base-url is refused');
        expect(events.configErrors, baseUrl).to.deep.equal(['base-url']);
        expect(session.session!.configError?.message, baseUrl).to.contain('base-url is refused');
        expect(session.session!.authState, baseUrl).to.equal('signed-out');
        expect(events.authRequired(), 'no sign-in asked for: it cannot help').to.equal(0);
      } finally {
        events.stop();
      }
      expect(requestsTo('evil.example'), baseUrl).to.deep.equal([]);
      expect((window as unknown as Record<string, unknown>)[flag], baseUrl).to.equal(undefined);
      expect(await foreignRequestsBesidesControl(), baseUrl).to.deep.equal({ paths: [], auth: 0 });
    }
  });

  it('a token-endpoint on another origin: a config error every element shows, and it is never fetched', async () => {
    await foreignRequests(true);
    const endpoint = `${foreignOrigin()}/autoshares/token`;
    const events = recordEvents();
    try {
      const { session, elements } = await pageWith({
        'base-url': sandbox().apiUrl,
        'app-key': sandbox().appKey!,
        'token-endpoint': endpoint,
      });
      await everyElementSays(
        elements,
        'not set up for this page',
        'is on another origin',
        'same origin',
      );
      expect(events.configErrors).to.deep.equal(['token-endpoint-forbidden']);
      expect(session.signInError).to.equal(null);
    } finally {
      events.stop();
    }
    expect(await foreignRequestsBesidesControl()).to.deep.equal({ paths: [], auth: 0 });
  });

  it('a token-endpoint answering 403: a config error every element shows', async () => {
    // The real bridge answers 403 only to pages of another origin than its own, which this test
    // page (on the bridge's origin) cannot be: a same-origin path stands in for it here.
    const endpoint = '/host-token-forbidden-stand-in';
    const asked: string[] = [];
    const originalFetch = window.fetch;
    window.fetch = (input, init) => {
      if (new URL(String(input), location.href).pathname !== endpoint)
        return originalFetch(input, init);
      asked.push(init?.method ?? 'GET');
      return Promise.resolve(
        Response.json(
          {
            error: 'forbidden',
            error_description: 'The AutoShares token is given only to pages of this site.',
          },
          { status: 403 },
        ),
      );
    };
    const events = recordEvents();
    try {
      const { session, elements } = await pageWith({
        'base-url': sandbox().apiUrl,
        'app-key': sandbox().appKey!,
        'token-endpoint': endpoint,
      });
      await everyElementSays(elements, 'not set up for this page', 'refused it (403)');
      expect(asked.length, 'the endpoint was asked').to.be.greaterThan(0);
      expect(events.configErrors).to.deep.equal(['token-endpoint-forbidden']);
      expect(session.session!.configError?.message).to.contain('refused it (403)');
      expect(session.signInError).to.equal(null);
    } finally {
      events.stop();
      window.fetch = originalFetch;
    }
  });
});
