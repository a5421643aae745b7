/**
 * Browser test (web-test-runner, headless Chromium): the simulated Shareworks API answers inside
 * the page too, under `<origin>/shareworks`, through MSW's service worker: the verification-JWT
 * exchange (RS256, signed in the page) and the demo employee's grants.
 */
import { expect } from '@open-wc/testing';
import { exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { startBrowserSandbox, type BrowserSandbox } from './index.ts';

describe('startBrowserSandbox: Shareworks', () => {
  let running: BrowserSandbox;
  let origin: string;

  before(async () => {
    running = await startBrowserSandbox({ autoStart: false });
    origin = new URL(running.apiUrl).origin;
  });
  after(() => running.stop());

  it('exchanges a verification JWT and serves the demo employee’s grants', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
    const registered = await fetch(`${origin}/__sandbox/shareworks/api-keys`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ publicKey: await exportSPKI(publicKey) }),
    });
    expect(registered.status).to.equal(201);
    const { clientId, clientSecret } = (await registered.json()) as Record<string, string>;
    const jwt = await new SignJWT({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: clientSecret,
    })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT' })
      .setIssuer('shareworks.com')
      .setAudience('shareworks-api.solium.com')
      .setIssuedAt()
      .setExpirationTime('15m')
      .setJti(crypto.randomUUID())
      .sign(privateKey);
    const api = `${origin}/shareworks/rest/admin/v1`;
    const exchanged = await fetch(`${api}/auth/tokens`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', Authorization: `Bearer ${jwt}` },
    });
    expect(exchanged.status).to.equal(200);
    const { accessToken, expiresIn } = (await exchanged.json()) as Record<string, string | number>;
    expect(expiresIn).to.equal(5400);
    const auth = { Authorization: `Bearer ${String(accessToken)}` };
    const grants = await fetch(`${api}/company/101/stakeholder/5001/grant`, { headers: auth });
    expect(grants.status).to.equal(200);
    const body = (await grants.json()) as { awardTypeName: string }[];
    expect(body.map((g) => g.awardTypeName)).to.deep.equal(['RSU', 'ISO', 'NSO', 'PSU']);
    const foreign = await fetch(`${api}/company/103`, { headers: auth });
    expect(foreign.status).to.equal(403);
    expect(((await foreign.json()) as { code: string }).code).to.equal('FORBIDDEN');
  });
});
