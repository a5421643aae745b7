/**
 * The Sharesight bridge against the sandbox's simulated Sharesight, over real HTTP on
 * 127.0.0.1: connecting (OAuth 2.0 and OAuth 1.0a), the narrow read API, refresh, revoke,
 * the minute limit, and the refusals that keep each person to their own portfolios.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSandboxServer, type SandboxServer } from '@autoshares/sandbox/node';
import {
  PORTFOLIOS,
  SHARESIGHT_OTHER_USER,
} from '../../../sandbox/src/providers/sharesight/data.ts';
import type { Sandbox } from '@autoshares/sandbox';
import {
  connect,
  personOnSite,
  read,
  startSharesightSite,
  SHARESIGHT_CLIENT,
  type SharesightSite,
} from './test-support.ts';

const MINE = PORTFOLIOS[0].id;
const THEIRS = PORTFOLIOS[1].id;

let server: SandboxServer;
let sharesightUrl: string;
let sharesight: Sandbox['sharesight'];
before(async () => {
  server = await startSandboxServer({ port: 0, tickRate: 1, autoStart: false });
  sharesightUrl = `${server.url}/sharesight`;
  sharesight = server.sandbox.sharesight;
});
after(() => server.close());

async function withSite<T>(
  run: (site: SharesightSite) => Promise<T>,
  overrides?: Parameters<typeof startSharesightSite>[1],
): Promise<T> {
  const site = await startSharesightSite(sharesightUrl, overrides);
  try {
    return await run(site);
  } finally {
    await site.close();
  }
}

/** A bridge answer's JSON: `{ error, message }`, `{ connected }`, `{ portfolios }` or `{ payouts }`. */
interface BridgeBody {
  error?: string;
  connected?: boolean;
  portfolios?: { id: number }[];
  payouts?: Record<string, unknown>[];
}
const bodyOf = async (response: Response) => (await response.json()) as BridgeBody;

describe('Sharesight bridge: OAuth 2.0', () => {
  it('connects, keeps the tokens server-side and reads the person’s own performance', () =>
    withSite(async (site) => {
      const alice = personOnSite('alice');
      assert.deepEqual(await bodyOf(await read(alice, site, '/status')), { connected: false });
      const { callback, authorizeUrl } = await connect(alice, site);
      assert.equal(new URL(authorizeUrl).origin, server.url);
      assert.equal(new URL(authorizeUrl).searchParams.get('code_challenge_method'), 'S256');
      assert.equal(callback.status, 302);
      assert.equal(callback.headers.get('Location'), '/');
      assert.deepEqual(await bodyOf(await read(alice, site, '/status')), { connected: true });

      const list = await read(alice, site, '/portfolios');
      assert.deepEqual((await bodyOf(list)).portfolios, [
        { id: MINE, name: 'AutoShares Demo', currency_code: 'AUD', inception_date: '2023-01-16' },
      ]);
      const perf = await read(
        alice,
        site,
        `/portfolios/${MINE}/performance?start_date=2025-01-01&end_date=2025-12-31&grouping=market`,
      );
      assert.equal(perf.status, 200);
      const text = await perf.text();
      const { report } = JSON.parse(text) as {
        report: {
          holdings: {
            instrument: { code: string };
            capital_gain: number;
            currency_gain: number;
            payout_gain: number;
          }[];
        };
      };
      const aapl = report.holdings.find((h) => h.instrument.code === 'AAPL');
      assert.deepEqual(
        [aapl?.capital_gain, aapl?.currency_gain, aapl?.payout_gain],
        [4774.02, 420, 47.83],
      );

      const grant = site.grants.get('alice');
      assert.equal(grant?.kind, 'oauth2');
      const secrets =
        grant?.kind === 'oauth2'
          ? [grant.accessToken, grant.refreshToken ?? '', SHARESIGHT_CLIENT.clientSecret]
          : [];
      for (const secret of secrets) {
        assert.ok(!text.includes(secret));
        assert.ok(!(callback.headers.get('Location') ?? '').includes(secret));
      }
      assert.ok(alice.visited.every((url) => secrets.every((s) => !url.includes(s))));

      for (const path of [
        `/portfolios/${MINE}/holdings`,
        `/portfolios/${MINE}/index-chart?grouping=market`,
        `/portfolios/${MINE}/payouts?start_date=2025-06-01`,
      ]) {
        const response = await read(alice, site, path);
        assert.equal(response.status, 200, path);
      }
      const payouts = await bodyOf(
        await read(alice, site, `/portfolios/${MINE}/payouts?start_date=2025-06-01`),
      );
      assert.deepEqual((payouts.payouts ?? []).map((p) => String(p.paid_on)).sort(), [
        '2025-06-10',
        '2025-06-12',
        '2025-07-01',
        '2025-08-14',
      ]);
      assert.ok((payouts.payouts ?? []).every((p) => !('links' in p)));
    }));

  it('refreshes an expiring token by itself, and again after Sharesight answers 401', () =>
    withSite(async (site) => {
      const alice = personOnSite('alice');
      sharesight.oauth2.accessTokenLifetimeS = 30; // inside the bridge's one-minute margin
      try {
        await connect(alice, site);
      } finally {
        sharesight.oauth2.accessTokenLifetimeS = 1800;
      }
      const first = site.grants.get('alice');
      assert.equal((await read(alice, site, `/portfolios/${MINE}/holdings`)).status, 200);
      const second = site.grants.get('alice');
      assert.ok(first?.kind === 'oauth2' && second?.kind === 'oauth2');
      assert.notEqual(second.accessToken, first.accessToken);
      assert.ok(site.sent.some((r) => r.url.endsWith('/oauth2/token') && r.status === 200));

      // A token Sharesight no longer knows: 401, one refresh, the same request again.
      site.grants.set('alice', {
        ...second,
        accessToken: 'forgotten-by-sharesight',
        expiresAt: Date.now() + 3_600_000,
      });
      site.sent.length = 0;
      assert.equal((await read(alice, site, `/portfolios/${MINE}/payouts`)).status, 200);
      assert.deepEqual(
        site.sent.map(
          (r) => `${r.status} ${new URL(r.url).pathname.replace(/^.*\/sharesight/, '')}`,
        ),
        [
          `401 /api/v2/portfolios/${MINE}/payouts.json`,
          '200 /oauth2/token',
          `200 /api/v2/portfolios/${MINE}/payouts.json`,
        ],
      );
    }));

  it('forgets a revoked grant (the person must connect again) and revokes at Sharesight on disconnect', () =>
    withSite(async (site) => {
      const alice = personOnSite('alice');
      await connect(alice, site);
      const grant = site.grants.get('alice');
      assert.ok(grant?.kind === 'oauth2');
      const cross = await alice.fetch(`${site.origin}/sharesight/disconnect`, {
        method: 'POST',
        site: 'cross-site',
      });
      assert.equal(cross.status, 403);
      const done = await alice.fetch(`${site.origin}/sharesight/disconnect`, {
        method: 'POST',
        site: 'same-origin',
      });
      assert.equal(done.status, 204);
      const direct = await fetch(`${sharesightUrl}/api/v3/portfolios`, {
        headers: { Authorization: `Bearer ${grant.accessToken}` },
      });
      assert.equal(direct.status, 403);
      const refresh = await fetch(`${sharesightUrl}/oauth2/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'refresh_token',
          refresh_token: grant.refreshToken ?? '',
          client_id: SHARESIGHT_CLIENT.clientId,
          client_secret: SHARESIGHT_CLIENT.clientSecret,
        }),
      });
      assert.equal(refresh.status, 400);
      const after = await read(alice, site, '/portfolios');
      assert.equal(after.status, 401);
      assert.equal((await bodyOf(after)).error, 'not_connected');

      await connect(alice, site);
      sharesight.oauth2.revokeAll(7001, SHARESIGHT_CLIENT.clientId);
      const revoked = await read(alice, site, `/portfolios/${MINE}/holdings`);
      assert.equal(revoked.status, 401);
      assert.equal((await bodyOf(revoked)).error, 'not_connected');
      assert.equal(site.grants.has('alice'), false);
    }));

  it('answers 401 signed_out to a visitor and 403 to another site’s page', () =>
    withSite(async (site) => {
      const anonymous = await fetch(`${site.origin}/sharesight/portfolios`);
      assert.equal(anonymous.status, 401);
      assert.equal((await bodyOf(anonymous)).error, 'signed_out');
      const alice = personOnSite('alice');
      await connect(alice, site);
      const foreign = await alice.fetch(`${site.origin}/sharesight/portfolios`, {
        site: 'cross-site',
      });
      assert.equal(foreign.status, 403);
    }));
});

describe('Sharesight bridge: refusals', () => {
  it("never reads another person's portfolio, whatever the id, path or query", () =>
    withSite(async (site) => {
      const alice = personOnSite('alice');
      const bob = personOnSite('bob');
      await connect(alice, site);
      await connect(bob, site, SHARESIGHT_OTHER_USER);
      assert.equal((await read(bob, site, `/portfolios/${THEIRS}/holdings`)).status, 200);
      site.sent.length = 0;

      const attempts: [string, number][] = [
        [`/portfolios/${THEIRS}/performance`, 404],
        [`/portfolios/${THEIRS}/holdings`, 404],
        [`/portfolios/${THEIRS}/index-chart`, 404],
        [`/portfolios/${THEIRS}/payouts`, 404],
        [`/portfolios/${MINE}/../${THEIRS}/performance`, 404],
        [`/portfolios/${THEIRS}%2Fperformance`, 404],
        [`/portfolios/${MINE}%2F..%2F${THEIRS}/performance`, 404],
        [`/portfolios/0${THEIRS}/performance`, 404],
        [`/portfolios/${MINE}/performance?portfolio_id=${THEIRS}`, 400],
        [`/portfolios/${MINE}/performance?consolidated=true`, 400],
        [`/portfolios/${MINE}/performance?start_date=2025-01-01&start_date=2024-01-01`, 400],
        [`/portfolios/${MINE}/performance?grouping=${THEIRS}`, 400],
        [`/portfolios?user_id=7002`, 400],
        [`/api/v3/portfolios/${THEIRS}`, 404],
        [`/api/v2/portfolios/${THEIRS}/payouts.json`, 404],
        [`/holdings/${PORTFOLIOS[1].holdings[0].id}/payouts`, 404],
        [`/portfolios/${MINE}/performance/../../../portfolios/${THEIRS}/payouts`, 404],
      ];
      for (const [path, status] of attempts) {
        const response = await read(alice, site, path);
        const text = await response.text();
        assert.equal(response.status, status, path);
        assert.ok(!text.includes('Other Family Trust') && !text.includes('"PG"'), path);
      }
      assert.ok(
        site.sent.every(
          (r) =>
            !r.url.includes(String(THEIRS)) &&
            !r.url.includes(String(PORTFOLIOS[1].holdings[0].id)),
        ),
        'Sharesight was never asked for the other portfolio',
      );
      const mine = await bodyOf(await read(alice, site, '/portfolios'));
      assert.deepEqual(
        (mine.portfolios ?? []).map((p) => p.id),
        [MINE],
      );
      assert.equal((await read(alice, site, `/portfolios/${MINE}/holdings`)).status, 200);
      const write = await alice.fetch(`${site.origin}/sharesight/portfolios/${MINE}/payouts`, {
        method: 'POST',
        site: 'same-origin',
      });
      assert.equal(write.status, 405);
    }));
});

describe('Sharesight bridge: minute rate limit', () => {
  it('holds and retries after a 403 rate answer, and answers 429 with Retry-After when it persists', () =>
    withSite(
      async (site) => {
        const alice = personOnSite('alice');
        await connect(alice, site);
        assert.equal((await read(alice, site, '/portfolios')).status, 200);
        sharesight.rateLimit.reset();
        sharesight.rateLimit.limit = 1;
        try {
          // The minute rolls over right after the first refusal: the retry gets through.
          let rolled = false;
          site.onResponse = (response) => {
            if (
              !rolled &&
              response.status === 403 &&
              response.headers.get('X-MinuteRate-Remaining') === '0'
            ) {
              rolled = true;
              sharesight.rateLimit.reset();
            }
          };
          assert.equal((await read(alice, site, `/portfolios/${MINE}/holdings`)).status, 200);
          site.sent.length = 0;
          assert.equal((await read(alice, site, `/portfolios/${MINE}/holdings`)).status, 200);
          assert.deepEqual(
            site.sent.map((r) => r.status),
            [403, 200],
          );

          // It does not roll over: a bounded number of attempts, then 429 to the browser.
          site.onResponse = undefined;
          site.sent.length = 0;
          const limited = await read(alice, site, `/portfolios/${MINE}/holdings`);
          assert.equal(limited.status, 429);
          assert.equal((await bodyOf(limited)).error, 'rate_limited');
          assert.ok(Number(limited.headers.get('Retry-After')) >= 1);
          assert.deepEqual(
            site.sent.map((r) => r.status),
            [403, 403, 403],
          );
        } finally {
          sharesight.rateLimit.limit = 360;
          sharesight.rateLimit.reset();
        }
      },
      { rateLimitBackoffMs: 50 },
    ));
});

describe('Sharesight bridge: Sharesight unreachable', () => {
  it('answers 502 server_unreachable when Sharesight cannot be reached', async () => {
    const site = await startSharesightSite('http://127.0.0.1:9/sharesight');
    try {
      site.grants.set('alice', {
        kind: 'oauth2',
        accessToken: 'a',
        refreshToken: 'r',
        expiresAt: Date.now() + 3_600_000,
      });
      const answer = await read(personOnSite('alice'), site, '/portfolios');
      assert.equal(answer.status, 502);
      assert.equal((await bodyOf(answer)).error, 'server_unreachable');
    } finally {
      await site.close();
    }
  });
});

describe('Sharesight bridge: concurrency', () => {
  it('sends at most three Sharesight requests at once and queues the rest', () =>
    withSite(async (site) => {
      const alice = personOnSite('alice');
      await connect(alice, site);
      assert.equal((await read(alice, site, '/portfolios')).status, 200);
      site.holdMs = 100;
      site.maxInFlight = 0;
      const answers = await Promise.all(
        Array.from({ length: 8 }, () => read(alice, site, `/portfolios/${MINE}/performance`)),
      );
      assert.deepEqual(
        answers.map((r) => r.status),
        Array.from({ length: 8 }, () => 200),
      );
      assert.ok(site.maxInFlight <= 3, `at most 3 in flight, saw ${site.maxInFlight}`);
    }));
});

describe('Sharesight bridge: OAuth 1.0a (Connect)', () => {
  it('connects with the person’s details on the authorize URL and reads with signed requests', () =>
    withSite(
      async (site) => {
        const alice = personOnSite('alice');
        const { authorizeUrl, page, callback } = await connect(alice, site);
        const params = new URL(authorizeUrl).searchParams;
        assert.equal(params.get('portfolio_name'), 'Dana’s shares');
        assert.equal(params.get('country_code'), 'AU');
        assert.match(page, /data-detail="first_name">Dana</);
        assert.equal(callback.status, 302);
        const grant = site.grants.get('alice');
        assert.equal(grant?.kind, 'oauth1');
        const perf = await read(alice, site, `/portfolios/${MINE}/performance`);
        assert.equal(perf.status, 200);
        const signed = site.sent.filter((r) => r.url.includes('/api/v3/'));
        assert.ok(
          signed.length > 0 &&
            signed.every((r) => /^OAuth .*oauth_signature="/.test(r.authorization ?? '')),
        );
        const text = await perf.text();
        assert.ok(
          grant?.kind === 'oauth1' &&
            !text.includes(grant.tokenSecret) &&
            !text.includes(grant.token),
        );
      },
      {
        flow: 'oauth1',
        userDetailsOf: () => ({
          first_name: 'Dana',
          last_name: 'Demo',
          email: 'demo@autoshares.example',
          portfolio_name: 'Dana’s shares',
          country_code: 'AU',
        }),
      },
    ));

  it('is refused by Sharesight when its signature is wrong (a wrong consumer secret)', () =>
    withSite(
      async (site) => {
        const alice = personOnSite('alice');
        const start = await alice.fetch(`${site.origin}/sharesight/connect`);
        assert.equal(start.status, 401);
        assert.equal((await bodyOf(start)).error, 'signature_invalid');
        assert.deepEqual(
          site.sent.map((r) => r.status),
          [401],
        );
      },
      { flow: 'oauth1', clientSecret: 'not-the-secret' },
    ));
});
