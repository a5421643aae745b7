/**
 * Browser test (web-test-runner, headless Chromium): the simulated Sharesight runs in the page
 * too, under `<origin>/sharesight` — the OAuth 1.0a flow with WebCrypto signatures (out of band
 * verifier), an OAuth 2.0 code exchange and the API with its minute-rate headers.
 */
import { expect } from '@open-wc/testing';
import { SHARESIGHT_DEMO_USER } from '../providers/sharesight/data.ts';
import { SHARESIGHT_DEMO_CLIENT } from '../providers/sharesight/oauth2.ts';
import { oauth1Header } from '../providers/sharesight/test-support.ts';
import { startBrowserSandbox, type BrowserSandbox } from './index.ts';

describe('simulated Sharesight in the browser build', () => {
  let running: BrowserSandbox;
  let base: string;
  const consumer = {
    consumerKey: SHARESIGHT_DEMO_CLIENT.id,
    consumerSecret: SHARESIGHT_DEMO_CLIENT.secret,
  };

  before(async () => {
    running = await startBrowserSandbox({ autoStart: false });
    base = `${new URL(running.apiUrl).origin}/sharesight`;
  });
  after(() => running.stop());

  it('runs the Connect OAuth 1.0a flow with an out-of-band verifier and a signed API call', async () => {
    const requestUrl = `${base}/oauth/request_token`;
    const rt = new URLSearchParams(
      await (
        await fetch(requestUrl, {
          method: 'POST',
          headers: {
            Authorization: await oauth1Header({ method: 'POST', url: requestUrl, ...consumer }),
          },
        })
      ).text(),
    );
    expect(rt.get('oauth_callback_confirmed')).to.equal('true');
    const granted = await fetch(`${base}/oauth/authorize`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        oauth_token: rt.get('oauth_token') ?? '',
        email: SHARESIGHT_DEMO_USER.email,
        password: SHARESIGHT_DEMO_USER.password,
        decision: 'allow',
      }),
    });
    const verifier = /verification code: ([0-9a-f]+)/.exec(await granted.text())?.[1] ?? '';
    expect(verifier).to.not.equal('');
    const accessUrl = `${base}/oauth/access_token`;
    const at = new URLSearchParams(
      await (
        await fetch(accessUrl, {
          method: 'POST',
          headers: {
            Authorization: await oauth1Header({
              method: 'POST',
              url: accessUrl,
              ...consumer,
              token: rt.get('oauth_token') ?? '',
              tokenSecret: rt.get('oauth_token_secret') ?? '',
              extra: { oauth_verifier: verifier },
            }),
          },
        })
      ).text(),
    );
    const url = `${base}/api/v3/portfolios`;
    const signed = await fetch(url, {
      headers: {
        Authorization: await oauth1Header({
          method: 'GET',
          url,
          ...consumer,
          token: at.get('oauth_token') ?? '',
          tokenSecret: at.get('oauth_token_secret') ?? '',
        }),
      },
    });
    expect(signed.status).to.equal(200);
    const body = (await signed.json()) as { portfolios: { name: string }[] };
    expect(body.portfolios.map((p) => p.name)).to.deep.equal(['AutoShares Demo']);
  });

  it('exchanges an OAuth 2.0 code and serves the performance report with rate headers', async () => {
    const params = new URLSearchParams({
      response_type: 'code',
      client_id: SHARESIGHT_DEMO_CLIENT.id,
      redirect_uri: 'http://localhost:8000/callback',
    });
    const code = running.sandbox.sharesight.oauth2.issueCode(params, SHARESIGHT_DEMO_USER.id);
    const tokens = (await (
      await fetch(`${base}/oauth2/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          code,
          redirect_uri: 'http://localhost:8000/callback',
          client_id: SHARESIGHT_DEMO_CLIENT.id,
          client_secret: SHARESIGHT_DEMO_CLIENT.secret,
        }),
      })
    ).json()) as { access_token: string; expires_in: number };
    expect(tokens.expires_in).to.equal(1800);
    const report = await fetch(`${base}/api/v3/portfolios/481282/performance`, {
      headers: { Authorization: `Bearer ${tokens.access_token}` },
    });
    expect(report.status).to.equal(200);
    expect(report.headers.get('X-MinuteRate-Limit')).to.equal('360');
    const { report: body } = (await report.json()) as { report: { currency: { code: string } } };
    expect(body.currency.code).to.equal('AUD');
  });
});
