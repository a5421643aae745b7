/**
 * The README's "Embed in 5 minutes" on the BUILT CDN loader: the script, `<as-session>` with a
 * watchlist and a quote, and a `tokenProvider` that answers as a token endpoint does
 * (`{ access_token, expires_in }`). Both widgets show the user's data; the provider was asked
 * for the first token, and the token never became an attribute.
 */
import { expect, waitUntil } from '@open-wc/testing';

// No import of the kit here: the page starts plain, as the README's page does.
interface SandboxInfo {
  url: string;
  apiUrl: string;
}
const sandbox = () =>
  (globalThis as { __AUTOSHARES_SANDBOX__?: SandboxInfo }).__AUTOSHARES_SANDBOX__!;

/** What an element shows: `data` once it renders content, else its state. */
function shown(element: Element): string {
  const root = element.shadowRoot;
  if (!root || !root.childElementCount) return 'not rendered';
  const state = root.querySelector(
    '[data-state="loading"],[data-state="error"],[data-state="signed-out"],[data-state="no-session"]',
  );
  return state?.getAttribute('data-state') ?? 'data';
}

describe('README: embed in 5 minutes', () => {
  it('the CDN tag, a session with a token provider, a watchlist and a quote show data', async () => {
    const user = (await (
      await fetch(`${sandbox().url}/__sandbox/users`, { method: 'POST' })
    ).json()) as {
      appKey: string;
      token: string;
    };
    await import('/packages/widgets/dist/cdn/autoshares.js' as string);
    const page = document.createElement('div');
    page.innerHTML = `
      <as-session id="session" base-url="${sandbox().apiUrl}" app-key="${user.appKey}" locale="en-US">
        <as-watchlist link-group="main"></as-watchlist>
        <as-quote symbol="AAPL" link-group="main"></as-quote>
      </as-session>`;
    const reasons: string[] = [];
    const session = page.querySelector('as-session') as HTMLElement & {
      tokenProvider?: (request: { reason: string }) => Promise<unknown>;
    };
    session.tokenProvider = async ({ reason }) => {
      reasons.push(reason);
      return { access_token: user.token, expires_in: 3600 };
    };
    document.body.append(page);
    try {
      for (const tag of ['as-watchlist', 'as-quote']) {
        const element = page.querySelector(tag)!;
        await waitUntil(() => shown(element) === 'data', `${tag} shows data (${shown(element)})`, {
          timeout: 10000,
          interval: 25,
        });
      }
      expect(page.querySelector('as-quote')!.shadowRoot!.textContent).to.include('AAPL');
      expect(reasons[0]).to.equal('initial');
      expect([...session.attributes].map((a) => a.value).join(' ')).not.to.include(user.token);
    } finally {
      page.remove();
    }
  });
});
