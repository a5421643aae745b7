/**
 * Fault suite: hostile data across elements, and the token staying with the API.
 *
 * - Markup and script in user-controlled data (a watchlist's name), in the symbol a CMS author
 *   types (the `symbol` attribute) and in a symbol published to a link group are rendered as
 *   text: the global flag the payloads set stays unset and no element is injected.
 *   (`<as-news>`'s own tests cover hostile feed content; price alerts carry no free text in the
 *   API — only numbers and a security — so there is nothing to inject there.)
 * - The bearer token never reaches another origin: every request the page makes (fetch, XHR,
 *   WebSocket, and resources such as images, as seen in the page) is recorded while a
 *   dashboard runs next to an image and a fetch from a second local origin (the sandbox under
 *   `localhost` rather than `127.0.0.1`) and a news story linking there; none but the API's
 *   carries the token, and the token is nowhere in the DOM. (The test runner has no
 *   header-recording server of its own; `pnpm bench sharing` checks the same at a real second
 *   origin that records every header.)
 */
import { expect, html } from '@open-wc/testing';
import { publishToLinkGroup } from '../controllers/link-group-controller.ts';
import '../elements/chart/define.ts';
import {
  createTestUser,
  eventually,
  sandbox,
  sessionFixture,
  type TestUser,
} from '../test/sandbox.ts';
import { deepQueryAll } from '../test/user.ts';
import { requestedUrls } from '../test/requests.ts';
import { DASHBOARD, rest, shownState, widgetsIn, allShowData } from './dashboard.test-support.ts';

type Flagged = { __faultPwned?: number };
const flag = () => (window as Flagged).__faultPwned;
const payload = (n: number) =>
  `<img src=x onerror="window.__faultPwned=${n}"><script>window.__faultPwned=${n}</script>`;

/** Elements in the widgets' shadow roots that only an injection could have put there. */
function injected(root: Element): Element[] {
  return widgetsIn(root).flatMap((el) =>
    el.shadowRoot ? deepQueryAll(el.shadowRoot, 'img[src="x"], script, iframe') : [],
  );
}

const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) =>
      left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1));
    step(n);
  });

describe('faults: hostile data', () => {
  let user: TestUser;
  beforeEach(async () => {
    user = await createTestUser();
    delete (window as Flagged).__faultPwned;
  });

  it('renders markup in a watchlist name, a symbol attribute and a linked symbol as text', async () => {
    const name = `${payload(1)} list`;
    await rest(user, '/v1.0/users/@me/watchlists?resultIncludeSecurities=false', {
      method: 'POST',
      body: { Name: name, Securities: [] },
    });
    const hostileSymbol = payload(2);
    const session = await sessionFixture(
      html`<as-watchlist></as-watchlist>
        <as-quote symbol=${hostileSymbol}></as-quote>
        <as-news symbol=${hostileSymbol}></as-news>
        <as-chart symbol=${hostileSymbol}></as-chart>
        <as-quote link-group="fault-hostile"></as-quote>
        <as-news link-group="fault-hostile"></as-news>`,
      { user },
    );
    const watchlist = session.querySelector('as-watchlist')!;
    const option = () =>
      [...(watchlist.shadowRoot?.querySelectorAll('option') ?? [])].find((o) =>
        o.textContent!.includes('list'),
      );
    await eventually(() => option() !== undefined, 'the hostile list name is offered');
    expect(option()!.textContent).to.contain('<img src=x');

    publishToLinkGroup('fault-hostile', { symbol: payload(3) });
    await eventually(
      () => widgetsIn(session).every((el) => shownState(el) !== 'loading'),
      'elements settle',
    );
    await frames(5);
    expect(flag(), 'a payload ran').to.equal(undefined);
    expect(injected(session).map((el) => el.outerHTML)).to.deep.equal([]);
  }).timeout(20_000);

  it('never sends the token to another origin, nor puts it in the DOM', async () => {
    const api = new URL(sandbox().apiUrl);
    const other = `http://localhost:${api.port}`; // same server, another origin
    const seen: Array<{ url: string; headers: string }> = [];
    const originalFetch = window.fetch;
    const originalOpen = XMLHttpRequest.prototype.open;
    const originalSetHeader = XMLHttpRequest.prototype.setRequestHeader;
    const OriginalWebSocket = window.WebSocket;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      seen.push({ url: request.url, headers: JSON.stringify([...request.headers]) });
      return originalFetch(request);
    };
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
      seen.push({ url: String(args[1]), headers: '' });
      return (originalOpen as (...a: unknown[]) => void).apply(this, args);
    };
    XMLHttpRequest.prototype.setRequestHeader = function (name: string, value: string) {
      seen.push({ url: '(xhr header)', headers: `${name}: ${value}` });
      return originalSetHeader.call(this, name, value);
    };
    window.WebSocket = class extends OriginalWebSocket {
      constructor(url: string | URL, protocols?: string | string[]) {
        seen.push({ url: String(url), headers: JSON.stringify(protocols ?? '') });
        super(url, protocols);
      }
    };
    const symbol = `ZQ${Math.random().toString(36).slice(2, 6).toUpperCase()}`;
    try {
      await fetch(`${sandbox().url}/__sandbox/news`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          symbol,
          Header: 'Story linking to another origin',
          Attachment: `${other}/__sandbox?from=news`,
        }),
      });
      const session = await sessionFixture(
        html`${DASHBOARD}<as-news symbol=${symbol}></as-news>
          <img alt="" src=${`${other}/__sandbox/stats?from=img`} />`,
        { user },
      );
      await allShowData(session, 15_000);
      await originalFetch(`${other}/__sandbox?from=page`).catch(() => undefined);
      await window.fetch(`${other}/__sandbox?from=page-wrapped`).catch(() => undefined);
      const link = deepQueryAll<HTMLAnchorElement>(session, 'a[href]').find((a) =>
        a.href.startsWith(other),
      );
      expect(link, 'the story links to the other origin').to.not.equal(undefined);

      const resources = requestedUrls().map((url) => ({ url, headers: '' }));
      const all = [...seen, ...resources];
      const toOthers = all.filter((r) => !r.url.startsWith(api.origin) && r.url !== '(xhr header)');
      expect(
        toOthers.some((r) => r.url.startsWith(other)),
        'other origin contacted',
      ).to.equal(true);
      expect(
        all.some((r) => r.headers.includes(user.token) && r.url.startsWith(api.origin)),
      ).to.equal(true, 'the API gets the token (the recorder works)');
      const leaks = toOthers.filter(
        (r) => r.url.includes(user.token) || r.headers.includes(user.token),
      );
      expect(leaks.map((r) => r.url)).to.deep.equal([]);

      const markup = [
        document.documentElement.outerHTML,
        ...deepQueryAll(document, '*')
          .filter((el) => el.shadowRoot)
          .map((el) => el.shadowRoot!.innerHTML),
      ].join('\n');
      expect(markup.includes(user.token), 'token in the DOM').to.equal(false);
    } finally {
      window.fetch = originalFetch;
      XMLHttpRequest.prototype.open = originalOpen;
      XMLHttpRequest.prototype.setRequestHeader = originalSetHeader;
      window.WebSocket = OriginalWebSocket;
    }
  }).timeout(30_000);
});
