/**
 * The OAuth 1.0a signer against published reference values: the Twitter/X documentation's
 * signed request (base string and signature) and RFC 5849's encoding and sorting rules.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  hmacSha1Signature,
  oauth1Authorization,
  percentEncode,
  signatureBaseString,
} from './oauth1-signer.ts';

const TWITTER = {
  url: new URL('https://api.twitter.com/1.1/statuses/update.json?include_entities=true'),
  form: [['status', 'Hello Ladies + Gentlemen, a signed OAuth request!']] as [string, string][],
  credentials: {
    consumerKey: 'xvz1evFS4wEEPTGEFPHBog',
    consumerSecret: 'kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw',
    token: '370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb',
    tokenSecret: 'LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE',
  },
  nonce: 'kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg',
  timestamp: 1318622958,
};

describe('OAuth 1.0a signer', () => {
  it('builds the reference base string and signature', () => {
    const base = signatureBaseString('POST', TWITTER.url, [
      ...TWITTER.url.searchParams,
      ...TWITTER.form,
      ['oauth_consumer_key', TWITTER.credentials.consumerKey],
      ['oauth_nonce', TWITTER.nonce],
      ['oauth_signature_method', 'HMAC-SHA1'],
      ['oauth_timestamp', String(TWITTER.timestamp)],
      ['oauth_token', TWITTER.credentials.token],
      ['oauth_version', '1.0'],
    ]);
    assert.equal(
      base,
      'POST&https%3A%2F%2Fapi.twitter.com%2F1.1%2Fstatuses%2Fupdate.json&include_entities%3Dtrue%26oauth_consumer_key%3Dxvz1evFS4wEEPTGEFPHBog%26oauth_nonce%3DkYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D1318622958%26oauth_token%3D370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb%26oauth_version%3D1.0%26status%3DHello%2520Ladies%2520%252B%2520Gentlemen%252C%2520a%2520signed%2520OAuth%2520request%2521',
    );
    assert.equal(
      hmacSha1Signature(base, TWITTER.credentials.consumerSecret, TWITTER.credentials.tokenSecret),
      'hCtSmYh+iHYCEqBWrE7C7hYmtUk=',
    );
  });

  it('puts the reference signature, percent-encoded, in the Authorization header', () => {
    const header = oauth1Authorization(TWITTER.credentials, {
      method: 'post',
      url: TWITTER.url,
      form: TWITTER.form,
      nonce: TWITTER.nonce,
      timestamp: TWITTER.timestamp,
    });
    assert.match(header, /^OAuth /);
    assert.match(header, /oauth_signature="hCtSmYh%2BiHYCEqBWrE7C7hYmtUk%3D"/);
    assert.match(header, /oauth_token="370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb"/);
  });

  it('encodes as RFC 3986 asks and changes the signature with any input', () => {
    assert.equal(percentEncode("a b!*'()~-._"), 'a%20b%21%2A%27%28%29~-._');
    assert.equal(percentEncode('ü'), '%C3%BC');
    const sign = (url: string, secret = 'cs') =>
      oauth1Authorization(
        { consumerKey: 'ck', consumerSecret: secret },
        { method: 'GET', url: new URL(url), nonce: 'n', timestamp: 1 },
      );
    assert.notEqual(sign('https://x.test/a?p=1'), sign('https://x.test/a?p=2'));
    assert.notEqual(sign('https://x.test/a'), sign('https://x.test/a', 'other'));
    assert.equal(sign('https://x.test/a?b=2&a=1'), sign('https://x.test/a?a=1&b=2'));
    // Sorted by name, then value (RFC 5849 §3.4.1.3.2): `a` before `a1` although `=` > `1`.
    assert.match(
      signatureBaseString('GET', new URL('https://x.test/'), [
        ['a1', 'x'],
        ['a', '2'],
        ['a', '1'],
      ]),
      /a%3D1%26a%3D2%26a1%3Dx$/,
    );
  });
});
