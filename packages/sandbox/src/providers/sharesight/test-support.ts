/**
 * Test helpers for the simulated Sharesight (not exported): a person at the grant page and an
 * OAuth 1.0a signer built on the sandbox's own signature module.
 */
import { SHARESIGHT_DEMO_USER, type SharesightUser } from './data.ts';
import { hmacSha1, percentEncode, signatureBaseString } from './oauth1-signature.ts';
import { randomToken } from './random.ts';

/** Fills the grant page's form (its hidden fields kept) and posts it; returns the response. */
export async function submitGrantPage(
  page: Response,
  pageUrl: string,
  options: { user?: Pick<SharesightUser, 'email' | 'password'>; decision?: 'allow' | 'deny' } = {},
): Promise<Response> {
  const html = await page.text();
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  if (!action) throw new Error(`no grant form (HTTP ${page.status}): ${html.slice(0, 300)}`);
  const unescape = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  const form = new URLSearchParams();
  for (const m of html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g))
    form.append(unescape(m[1]), unescape(m[2]));
  const user = options.user ?? SHARESIGHT_DEMO_USER;
  form.set('email', user.email);
  form.set('password', user.password);
  form.set('decision', options.decision ?? 'allow');
  return fetch(new URL(unescape(action), pageUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: form,
    redirect: 'manual',
  });
}

/** An `Authorization: OAuth …` header for a request (HMAC-SHA1). */
export async function oauth1Header(input: {
  method: string;
  url: string;
  consumerKey: string;
  consumerSecret: string;
  token?: string;
  tokenSecret?: string;
  extra?: Record<string, string>;
  timestamp?: number;
  nonce?: string;
}): Promise<string> {
  const oauth: [string, string][] = [
    ['oauth_consumer_key', input.consumerKey],
    ['oauth_nonce', input.nonce ?? randomToken(8)],
    ['oauth_signature_method', 'HMAC-SHA1'],
    ['oauth_timestamp', String(input.timestamp ?? Math.floor(Date.now() / 1000))],
    ['oauth_version', '1.0'],
    ...(input.token ? ([['oauth_token', input.token]] as [string, string][]) : []),
    ...Object.entries(input.extra ?? {}),
  ];
  const url = new URL(input.url);
  const base = signatureBaseString(input.method, url, [...url.searchParams, ...oauth]);
  oauth.push([
    'oauth_signature',
    await hmacSha1(base, input.consumerSecret, input.tokenSecret ?? ''),
  ]);
  return `OAuth ${oauth.map(([k, v]) => `${percentEncode(k)}="${percentEncode(v)}"`).join(', ')}`;
}
