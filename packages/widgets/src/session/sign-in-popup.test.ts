import { expect, fixture, html } from '@open-wc/testing';
import { readSignInMessage, startSignIn, type SignInOutcome } from './sign-in-popup.ts';

/** A same-origin window standing in for the popup (an iframe's), and one for anyone else. */
async function windows(): Promise<{ popup: Window; other: Window }> {
  const root = await fixture<HTMLDivElement>(
    html`<div><iframe title="popup"></iframe><iframe title="other"></iframe></div>`,
  );
  const [popup, other] = [...root.querySelectorAll('iframe')].map((f) => f.contentWindow!);
  return { popup: popup!, other: other! };
}

const post = (data: unknown, source: Window, origin = location.origin) =>
  window.dispatchEvent(new MessageEvent('message', { data, source, origin }));

describe('sign-in popup', () => {
  it('opens login-url?popup=1 and reports only its own popup, from this origin', async () => {
    const { popup, other } = await windows();
    const opened: string[] = [];
    const outcomes: SignInOutcome[] = [];
    const stop = startSignIn('/autoshares/login', (o) => outcomes.push(o), {
      open: (url) => (opened.push(url), popup),
      navigate: () => expect.fail('must not navigate when the popup opened'),
    });
    expect(opened).to.deep.equal([`${location.origin}/autoshares/login?popup=1`]);

    post({ type: 'autoshares:sign-in', ok: true }, other); // another window
    post({ type: 'autoshares:sign-in', ok: true }, popup, 'https://evil.example'); // another origin
    post({ type: 'something-else', ok: true }, popup); // not a sign-in message
    expect(outcomes).to.deep.equal([]);

    post(
      { type: 'autoshares:sign-in', ok: false, error: 'access_denied', message: 'You said no.' },
      popup,
    );
    post({ type: 'autoshares:sign-in', ok: true }, popup); // after the result: ignored
    expect(outcomes).to.deep.equal([
      { ok: false, error: 'access_denied', message: 'You said no.' },
    ]);
    stop();
  });

  it('navigates to login-url?return_to=<this page> when no popup can open', () => {
    const went: string[] = [];
    startSignIn('/autoshares/login', () => expect.fail('no result without a popup'), {
      open: () => null,
      navigate: (url) => went.push(url),
    });
    const target = new URL(went[0]!);
    expect(target.pathname).to.equal('/autoshares/login');
    expect(target.searchParams.get('return_to')).to.equal(
      `${location.pathname}${location.search}${location.hash}`,
    );
    expect(target.searchParams.has('popup')).to.equal(false);
  });

  it('gives a readable message when the popup says nothing useful', () => {
    expect(readSignInMessage({ type: 'autoshares:sign-in', ok: false })).to.deep.equal({
      ok: false,
      error: 'sign_in_failed',
      message: 'Sign-in did not complete. Please try again.',
    });
    expect(readSignInMessage('autoshares:sign-in')).to.equal(undefined);
  });
});
