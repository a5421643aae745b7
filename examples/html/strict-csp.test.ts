/**
 * The built CDN loader under a strict Content Security Policy (no inline scripts or styles, no
 * eval, connections only to the page and the API): every element renders its data and the
 * page sees no CSP violation. The policy is set with a `<meta>` before the loader runs.
 */
import { expect } from '@open-wc/testing';
import {
  createTestUser,
  eventually,
  sandbox,
  type TestUser,
} from '../../packages/widgets/src/test/sandbox.ts';

const CDN = '/packages/widgets/dist/cdn/';

/** Elements of the build (from its manifest), the chart included. */
async function elementNames(): Promise<string[]> {
  const manifest = (await (await fetch(`${CDN}.vite/manifest.json`)).json()) as Record<
    string,
    { src?: string; isDynamicEntry?: boolean }
  >;
  return Object.values(manifest)
    .filter((chunk) => chunk.isDynamicEntry)
    .map((chunk) => chunk.src?.match(/^src\/elements\/([^/]+)\/define\.ts$/)?.[1])
    .filter((name): name is string => !!name);
}

const BAD_STATES = ['loading', 'error', 'signed-out', 'no-session'];
const shown = (element: Element): string => {
  const root = element.shadowRoot;
  if (!root || !root.childElementCount) return 'not rendered';
  const bad = root.querySelector(BAD_STATES.map((s) => `[data-state="${s}"]`).join(','));
  return bad?.getAttribute('data-state') ?? 'data';
};

describe('CDN loader under a strict CSP', function () {
  this.timeout(30000);
  let user: TestUser;
  const violations: string[] = [];

  before(async () => {
    user = await createTestUser();
    const api = new URL(sandbox().url);
    const policy = [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "font-src 'self'",
      `connect-src 'self' ${api.origin} ws://${api.host}`,
    ].join('; ');
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      ),
    );
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = policy;
    document.head.prepend(meta);
  });

  it('renders every element, the chart included, without a CSP violation', async () => {
    await import(`${CDN}autoshares.js`);
    const names = await elementNames();
    expect(names).to.include.members(['watchlist', 'chart', 'order-ticket']);
    const container = document.createElement('div');
    container.innerHTML = `<as-session base-url="${sandbox().apiUrl}" app-key="${user.appKey}" locale="en-US">${names
      .map((name) => `<as-${name} symbol="AAPL"></as-${name}>`)
      .join('')}</as-session>`;
    (container.firstElementChild as HTMLElement & { token: string }).token = user.token;
    document.body.append(container);
    for (const name of names) {
      const element = container.querySelector(`as-${name}`)!;
      await eventually(
        () => shown(element) === 'data',
        `<as-${name}> shows data (it shows: ${shown(element)})`,
        10000,
      );
    }
    expect(violations).to.deep.equal([]);
    container.remove();
  });
});
