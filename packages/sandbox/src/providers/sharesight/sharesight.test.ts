/**
 * The simulated Sharesight over real HTTP on 127.0.0.1: both OAuth flows step by step, the API
 * shapes and figures, a user confined to their own portfolios, and the 403 minute limit.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSandboxServer, type SandboxServer } from '../../node/index.ts';
import { hmacSha1, signatureBaseString } from './oauth1-signature.ts';
import { SHARESIGHT_DEMO_USER, SHARESIGHT_OTHER_USER, PORTFOLIOS } from './data.ts';
import { SHARESIGHT_DEMO_CLIENT } from './oauth2.ts';
import { oauth1Header, submitGrantPage } from './test-support.ts';

const REDIRECT = 'http://127.0.0.1:9/sharesight/callback';
let server: SandboxServer;
let base: string;
before(async () => {
  server = await startSandboxServer({ port: 0, tickRate: 1, autoStart: false });
  base = `${server.url}/sharesight`;
});
after(() => server.close());

const DEMO_PORTFOLIO = PORTFOLIOS[0].id;
const OTHER_PORTFOLIO = PORTFOLIOS[1].id;

async function oauth2Code(user = SHARESIGHT_DEMO_USER, decision: 'allow' | 'deny' = 'allow') {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: SHARESIGHT_DEMO_CLIENT.id,
    redirect_uri: REDIRECT,
    state: 'st-1',
  });
  const url = `${base}/oauth2/authorize?${query}`;
  const answer = await submitGrantPage(await fetch(url), url, { user, decision });
  assert.equal(answer.status, 302);
  return new URL(answer.headers.get('Location') ?? '');
}

async function tokenRequest(fields: Record<string, string>) {
  return fetch(`${base}/oauth2/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      client_id: SHARESIGHT_DEMO_CLIENT.id,
      client_secret: SHARESIGHT_DEMO_CLIENT.secret,
      ...fields,
    }),
  });
}

async function oauth2Tokens(user = SHARESIGHT_DEMO_USER) {
  const callback = await oauth2Code(user);
  const response = await tokenRequest({
    grant_type: 'authorization_code',
    code: callback.searchParams.get('code') ?? '',
    redirect_uri: REDIRECT,
  });
  assert.equal(response.status, 200);
  return (await response.json()) as {
    access_token: string;
    refresh_token: string;
    expires_in: number;
  };
}

const get = (path: string, token: string) =>
  fetch(`${base}${path}`, { headers: { Authorization: `Bearer ${token}` } });

describe('Sharesight OAuth 2.0', () => {
  it('grants a code for the signed-in user and gives 1800 s bearer tokens for it, once', async () => {
    const callback = await oauth2Code();
    assert.equal(callback.searchParams.get('state'), 'st-1');
    const code = callback.searchParams.get('code') ?? '';
    const first = await tokenRequest({
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT,
    });
    const tokens = (await first.json()) as Record<string, unknown>;
    assert.equal(tokens.token_type, 'Bearer');
    assert.equal(tokens.expires_in, 1800);
    assert.equal(typeof tokens.refresh_token, 'string');
    const again = await tokenRequest({
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT,
    });
    assert.equal(again.status, 400);
    assert.equal(((await again.json()) as { error: string }).error, 'invalid_grant');
    const info = await get('/oauth2/token/info', tokens.access_token as string);
    assert.equal(
      ((await info.json()) as { resource_owner_id: number }).resource_owner_id,
      SHARESIGHT_DEMO_USER.id,
    );
  });

  it('redirects a denial with access_denied and refuses a wrong password on the page', async () => {
    const denied = await oauth2Code(SHARESIGHT_DEMO_USER, 'deny');
    assert.equal(denied.searchParams.get('error'), 'access_denied');
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: SHARESIGHT_DEMO_CLIENT.id,
      redirect_uri: REDIRECT,
    });
    const url = `${base}/oauth2/authorize?${query}`;
    const wrong = await submitGrantPage(await fetch(url), url, {
      user: { email: SHARESIGHT_DEMO_USER.email, password: 'nope' },
    });
    assert.equal(wrong.status, 401);
    assert.match(await wrong.text(), /Invalid e-mail or password/);
  });

  it('refuses a wrong client secret and a foreign redirect URI', async () => {
    const bad = await fetch(`${base}/oauth2/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: 'x',
        client_id: SHARESIGHT_DEMO_CLIENT.id,
        client_secret: 'wrong',
      }),
    });
    assert.equal(bad.status, 401);
    assert.equal(((await bad.json()) as { error: string }).error, 'invalid_client');
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: SHARESIGHT_DEMO_CLIENT.id,
      redirect_uri: 'https://evil.example/cb',
    });
    assert.equal((await fetch(`${base}/oauth2/authorize?${query}`)).status, 400);
  });

  it('refreshes (the old refresh token then fails), expires and revokes', async () => {
    const tokens = await oauth2Tokens();
    const refreshed = await tokenRequest({
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token,
    });
    assert.equal(refreshed.status, 200);
    const next = (await refreshed.json()) as { access_token: string; refresh_token: string };
    assert.notEqual(next.access_token, tokens.access_token);
    const reused = await tokenRequest({
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token,
    });
    assert.equal(reused.status, 400);
    assert.equal((await get('/api/v3/portfolios', next.access_token)).status, 200);

    const revoke = await fetch(`${base}/oauth2/revoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        token: next.access_token,
        client_id: SHARESIGHT_DEMO_CLIENT.id,
        client_secret: SHARESIGHT_DEMO_CLIENT.secret,
      }),
    });
    assert.equal(revoke.status, 200);
    const after = await get('/api/v3/portfolios', next.access_token);
    assert.equal(after.status, 403);
    assert.equal(
      ((await after.json()) as { reason: string }).reason,
      'The OAuth access token has been revoked.',
    );
    const refreshAfter = await tokenRequest({
      grant_type: 'refresh_token',
      refresh_token: next.refresh_token,
    });
    assert.equal(refreshAfter.status, 400);
  });

  it('answers 401 invalid_token for a missing, unknown or expired token', async () => {
    assert.equal((await fetch(`${base}/api/v3/portfolios`)).status, 401);
    assert.equal((await get('/api/v3/portfolios', 'made-up')).status, 401);
    server.sandbox.sharesight.oauth2.accessTokenLifetimeS = 0;
    try {
      const tokens = await oauth2Tokens();
      const expired = await get('/api/v3/portfolios', tokens.access_token);
      assert.equal(expired.status, 401);
      assert.match(expired.headers.get('WWW-Authenticate') ?? '', /invalid_token/);
      assert.equal(
        ((await expired.json()) as { error_description: string }).error_description,
        'The access token expired',
      );
    } finally {
      server.sandbox.sharesight.oauth2.accessTokenLifetimeS = 1800;
    }
  });
});

describe('Sharesight OAuth 1.0a (Connect)', () => {
  const consumer = {
    consumerKey: SHARESIGHT_DEMO_CLIENT.id,
    consumerSecret: SHARESIGHT_DEMO_CLIENT.secret,
  };
  const post = async (path: string, auth: string) =>
    fetch(`${base}${path}`, { method: 'POST', headers: { Authorization: auth } });

  async function requestToken(callback = 'http://127.0.0.1:9/cb') {
    const url = `${base}/oauth/request_token`;
    const response = await post(
      '/oauth/request_token',
      await oauth1Header({ method: 'POST', url, ...consumer, extra: { oauth_callback: callback } }),
    );
    assert.equal(response.status, 200);
    return new URLSearchParams(await response.text());
  }

  async function accessToken(user = SHARESIGHT_DEMO_USER) {
    const rt = await requestToken();
    const authorizeUrl = `${base}/oauth/authorize?oauth_token=${rt.get('oauth_token')}`;
    const back = await submitGrantPage(await fetch(authorizeUrl), authorizeUrl, { user });
    const callback = new URL(back.headers.get('Location') ?? '');
    const url = `${base}/oauth/access_token`;
    const response = await post(
      '/oauth/access_token',
      await oauth1Header({
        method: 'POST',
        url,
        ...consumer,
        token: rt.get('oauth_token') ?? '',
        tokenSecret: rt.get('oauth_token_secret') ?? '',
        extra: { oauth_verifier: callback.searchParams.get('oauth_verifier') ?? '' },
      }),
    );
    assert.equal(response.status, 200);
    return new URLSearchParams(await response.text());
  }

  it('signs the RFC 5849 / Twitter reference request to its published signature', async () => {
    const url = new URL('https://api.twitter.com/1.1/statuses/update.json?include_entities=true');
    const base = signatureBaseString('post', url, [
      ...url.searchParams,
      ['status', 'Hello Ladies + Gentlemen, a signed OAuth request!'],
      ['oauth_consumer_key', 'xvz1evFS4wEEPTGEFPHBog'],
      ['oauth_nonce', 'kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg'],
      ['oauth_signature_method', 'HMAC-SHA1'],
      ['oauth_timestamp', '1318622958'],
      ['oauth_token', '370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb'],
      ['oauth_version', '1.0'],
    ]);
    const signature = await hmacSha1(
      base,
      'kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw',
      'LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE',
    );
    assert.equal(signature, 'hCtSmYh+iHYCEqBWrE7C7hYmtUk=');
  });

  it('runs request token → authorize (user details shown) → verifier → access token → signed API call', async () => {
    const rt = await requestToken();
    assert.equal(rt.get('oauth_callback_confirmed'), 'true');
    const details = new URLSearchParams({
      oauth_token: rt.get('oauth_token') ?? '',
      email: SHARESIGHT_DEMO_USER.email,
      portfolio_name: 'Smith Family Trust',
      first_name: 'John',
      last_name: 'Smith',
      country_code: 'AU',
    });
    const authorizeUrl = `${base}/oauth/authorize?${details}`;
    const page = await fetch(authorizeUrl);
    const html = await page.clone().text();
    assert.match(html, /data-detail="portfolio_name">Smith Family Trust</);
    assert.match(html, new RegExp(`value="${SHARESIGHT_DEMO_USER.email}"`));
    const back = await submitGrantPage(page, authorizeUrl);
    const callback = new URL(back.headers.get('Location') ?? '');
    assert.equal(callback.origin + callback.pathname, 'http://127.0.0.1:9/cb');
    assert.equal(callback.searchParams.get('oauth_token'), rt.get('oauth_token'));
    assert.ok(callback.searchParams.get('oauth_verifier'));

    const at = await accessToken();
    const url = `${base}/api/v3/portfolios`;
    const auth = await oauth1Header({
      method: 'GET',
      url,
      ...consumer,
      token: at.get('oauth_token') ?? '',
      tokenSecret: at.get('oauth_token_secret') ?? '',
    });
    const response = await fetch(url, { headers: { Authorization: auth } });
    assert.equal(response.status, 200);
    const body = (await response.json()) as { portfolios: { id: number }[] };
    assert.deepEqual(
      body.portfolios.map((p) => p.id),
      [DEMO_PORTFOLIO],
    );
  });

  it('refuses a wrong signature, a replayed nonce, a stale timestamp and a wrong verifier', async () => {
    const at = await accessToken();
    const url = `${base}/api/v3/portfolios`;
    const token = {
      token: at.get('oauth_token') ?? '',
      tokenSecret: at.get('oauth_token_secret') ?? '',
    };
    const wrongSecret = await oauth1Header({
      method: 'GET',
      url,
      ...consumer,
      token: token.token,
      tokenSecret: 'not-the-secret',
    });
    const refused = await fetch(url, { headers: { Authorization: wrongSecret } });
    assert.equal(refused.status, 401);
    assert.deepEqual(await refused.json(), {
      error: 'signature_invalid',
      reason: "The OAuth signature can't be verified.",
    });

    const signedForOtherPath = await oauth1Header({
      method: 'GET',
      url: `${base}/api/v3/portfolios/${DEMO_PORTFOLIO}`,
      ...consumer,
      ...token,
    });
    assert.equal(
      (await fetch(url, { headers: { Authorization: signedForOtherPath } })).status,
      401,
    );

    const once = await oauth1Header({
      method: 'GET',
      url,
      ...consumer,
      ...token,
      nonce: 'fixed-nonce',
    });
    assert.equal((await fetch(url, { headers: { Authorization: once } })).status, 200);
    const replay = await fetch(url, { headers: { Authorization: once } });
    assert.equal(replay.status, 401);
    assert.equal(((await replay.json()) as { error: string }).error, 'nonce_used');

    const stale = await oauth1Header({
      method: 'GET',
      url,
      ...consumer,
      ...token,
      timestamp: Math.floor(Date.now() / 1000) - 3600,
    });
    assert.equal(
      (
        (await (await fetch(url, { headers: { Authorization: stale } })).json()) as {
          error: string;
        }
      ).error,
      'timestamp_refused',
    );

    const rt = await requestToken();
    const authorizeUrl = `${base}/oauth/authorize?oauth_token=${rt.get('oauth_token')}`;
    await submitGrantPage(await fetch(authorizeUrl), authorizeUrl);
    const wrongVerifier = await post(
      '/oauth/access_token',
      await oauth1Header({
        method: 'POST',
        url: `${base}/oauth/access_token`,
        ...consumer,
        token: rt.get('oauth_token') ?? '',
        tokenSecret: rt.get('oauth_token_secret') ?? '',
        extra: { oauth_verifier: 'guess' },
      }),
    );
    assert.equal(wrongVerifier.status, 401);
    assert.equal(((await wrongVerifier.json()) as { error: string }).error, 'verifier_invalid');
  });

  it('keeps the access token without expiry until the user removes API access', async () => {
    const at = await accessToken();
    const token = {
      token: at.get('oauth_token') ?? '',
      tokenSecret: at.get('oauth_token_secret') ?? '',
    };
    const revokeUrl = `${base}/api/v3/oauth/revoke`;
    const revoke = await fetch(revokeUrl, {
      method: 'POST',
      headers: {
        Authorization: await oauth1Header({
          method: 'POST',
          url: revokeUrl,
          ...consumer,
          ...token,
        }),
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ client_id: SHARESIGHT_DEMO_CLIENT.id }),
    });
    assert.equal(revoke.status, 200);
    const url = `${base}/api/v3/portfolios`;
    const after = await fetch(url, {
      headers: { Authorization: await oauth1Header({ method: 'GET', url, ...consumer, ...token }) },
    });
    assert.equal(after.status, 403);
  });
});

describe('Sharesight API', () => {
  it('shows the demo portfolio: holdings, performance split into capital, payout and currency gain, index chart, payouts', async () => {
    const { access_token: token } = await oauth2Tokens();
    const holdings = (await (
      await get(`/api/v3/portfolios/${DEMO_PORTFOLIO}/holdings`, token)
    ).json()) as { holdings: { instrument: { code: string } }[] };
    assert.deepEqual(
      holdings.holdings.map((h) => h.instrument.code),
      ['AAPL', 'MSFT', 'JNJ', 'KO'],
    );

    const perf = await get(
      `/api/v3/portfolios/${DEMO_PORTFOLIO}/performance?start_date=2025-01-01&end_date=2025-12-31&grouping=market`,
      token,
    );
    const { report } = (await perf.json()) as {
      report: Record<string, number> & {
        sub_totals: { group_name: string; value: number }[];
        currency: { code: string };
        holdings: {
          instrument: { code: string };
          capital_gain: number;
          currency_gain: number;
          payout_gain: number;
        }[];
      };
    };
    assert.equal(report.currency.code, 'AUD');
    // AAPL: 40 × (228.52 − 150) × 1.52 capital; 40 × 150 × (1.52 − 1.45) currency; 10 × 1.58 + 10.4 × 1.55 + 10.4 × 1.53 payouts (AUD).
    const aapl = report.holdings.find((h) => h.instrument.code === 'AAPL');
    assert.deepEqual(
      [aapl?.capital_gain, aapl?.currency_gain, aapl?.payout_gain],
      [4774.02, 420, 47.83],
    );
    assert.equal(
      report.total_gain,
      Math.round((report.capital_gain + report.payout_gain + report.currency_gain) * 100) / 100,
    );
    assert.deepEqual(report.sub_totals.map((s) => s.group_name).sort(), ['NASDAQ', 'NYSE']);
    assert.ok(report.currency_gain !== 0);

    const early = (await (
      await get(
        `/api/v3/portfolios/${DEMO_PORTFOLIO}/performance?start_date=2025-01-01&end_date=2025-03-31`,
        token,
      )
    ).json()) as { report: { payout_gain: number } };
    assert.ok(early.report.payout_gain < report.payout_gain);

    const chart = (await (
      await get(
        `/api/v3/portfolios/${DEMO_PORTFOLIO}/performance_index_chart?start_date=2025-01-01&end_date=2025-12-31`,
        token,
      )
    ).json()) as {
      performance_index_chart: {
        dates: string[];
        lines: { line_type: string; values: number[] }[];
      };
    };
    const line = chart.performance_index_chart.lines[0];
    assert.equal(line.line_type, 'PORTFOLIO');
    assert.equal(line.values[0], 10000);
    assert.equal(line.values.length, chart.performance_index_chart.dates.length);
    assert.equal(line.values.at(-1), Math.round(10000 * (1 + report.total_gain_percent / 100)));

    const payouts = (await (
      await get(
        `/api/v2/portfolios/${DEMO_PORTFOLIO}/payouts.json?start_date=2025-01-01&end_date=2025-12-31`,
        token,
      )
    ).json()) as {
      payouts: { symbol: string; amount: number; exchange_rate: number; currency: string }[];
    };
    assert.equal(payouts.payouts.length, 9);
    const aud = payouts.payouts
      .filter((x) => x.symbol === 'AAPL')
      .reduce((s, x) => s + x.amount * x.exchange_rate, 0);
    assert.equal(Math.round(aud * 100) / 100, aapl?.payout_gain);
    const holdingPayouts = (await (
      await get('/api/v2/holdings/10036710/payouts.json?start_date=2025-05-01', token)
    ).json()) as { payouts: unknown[] };
    assert.equal(holdingPayouts.payouts.length, 2);
  });

  it('answers bad dates and groupings with 400 and the documented error fields', async () => {
    const { access_token: token } = await oauth2Tokens();
    const bad = await get(
      `/api/v3/portfolios/${DEMO_PORTFOLIO}/performance?start_date=01-01-2025`,
      token,
    );
    assert.equal(bad.status, 400);
    const body = (await bad.json()) as Record<string, unknown>;
    assert.deepEqual(Object.keys(body).sort(), ['error', 'reason', 'transaction_id']);
    assert.equal(
      (await get(`/api/v3/portfolios/${DEMO_PORTFOLIO}/performance?grouping=astrology`, token))
        .status,
      400,
    );
  });

  it("never shows one user another user's portfolio, holdings or payouts", async () => {
    const { access_token: token } = await oauth2Tokens();
    for (const path of [
      `/api/v3/portfolios/${OTHER_PORTFOLIO}`,
      `/api/v3/portfolios/${OTHER_PORTFOLIO}/holdings`,
      `/api/v3/portfolios/${OTHER_PORTFOLIO}/performance`,
      `/api/v3/portfolios/${OTHER_PORTFOLIO}/performance_index_chart`,
      `/api/v2/portfolios/${OTHER_PORTFOLIO}/payouts.json`,
      `/api/v2/holdings/${PORTFOLIOS[1].holdings[0].id}/payouts.json`,
    ]) {
      const response = await get(path, token);
      assert.equal(response.status, 404, path);
    }
    const other = await oauth2Tokens(SHARESIGHT_OTHER_USER);
    const list = (await (await get('/api/v3/portfolios', other.access_token)).json()) as {
      portfolios: { id: number }[];
    };
    assert.deepEqual(
      list.portfolios.map((p) => p.id),
      [OTHER_PORTFOLIO],
    );
  });

  it('answers 403 with X-MinuteRate headers past the minute limit, and counts again in a new window', async () => {
    const limit = server.sandbox.sharesight.rateLimit;
    const { access_token: token } = await oauth2Tokens();
    limit.reset();
    limit.limit = 3;
    try {
      const statuses: number[] = [];
      const remaining: (string | null)[] = [];
      for (let i = 0; i < 4; i++) {
        const response = await get('/api/v3/portfolios', token);
        statuses.push(response.status);
        remaining.push(response.headers.get('X-MinuteRate-Remaining'));
        assert.equal(response.headers.get('X-MinuteRate-Limit'), '3');
      }
      assert.deepEqual(statuses, [200, 200, 200, 403]);
      assert.deepEqual(remaining, ['2', '1', '0', '0']);
      limit.reset();
      assert.equal((await get('/api/v3/portfolios', token)).status, 200);
    } finally {
      limit.limit = 360;
      limit.reset();
    }
  });
});
