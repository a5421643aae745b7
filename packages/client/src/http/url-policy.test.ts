import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkUrl, safeUrl, UrlPolicyError, type UrlRefusal } from './url-policy.ts';

const PAGE = 'https://partner.example/news/today';

function refusal(value: string, options = {}): UrlRefusal | 'accepted' {
  try {
    checkUrl(value, { name: 'login-url', base: PAGE, ...options });
    return 'accepted';
  } catch (error) {
    assert.ok(error instanceof UrlPolicyError, `a UrlPolicyError for ${JSON.stringify(value)}`);
    return error.reason;
  }
}

describe('URL policy', () => {
  it('accepts https: URLs, paths on the page’s site, and http: only on localhost', () => {
    assert.equal(
      checkUrl('https://api.example/api', { name: 'x' }).href,
      'https://api.example/api',
    );
    assert.equal(
      checkUrl('/autoshares/login', { name: 'x', base: PAGE }).href,
      'https://partner.example/autoshares/login',
    );
    assert.equal(
      checkUrl('login?x=1', { name: 'x', base: PAGE }).href,
      'https://partner.example/news/login?x=1',
    );
    for (const local of ['http://localhost:4010/api', 'http://127.0.0.1:9/x', 'http://[::1]/']) {
      assert.equal(refusal(local), 'accepted', local);
    }
  });

  it('refuses script and data schemes, however they are spelt', () => {
    const cases: Array<[string, UrlRefusal]> = [
      ['javascript:alert(1)', 'scheme'],
      ['JaVaScRiPt:alert(1)', 'scheme'],
      ['data:text/html,<script>alert(1)</script>', 'scheme'],
      ['vbscript:msgbox(1)', 'scheme'],
      ['file:///etc/passwd', 'scheme'],
      [' javascript:alert(1)', 'control-characters'],
      ['java\tscript:alert(1)', 'control-characters'],
      ['java\nscript:alert(1)', 'control-characters'],
      ['\x00javascript:alert(1)', 'control-characters'],
      ['javascript:alert(1) ', 'control-characters'],
      ['\x7fjavascript:alert(1)', 'control-characters'],
    ];
    for (const [value, reason] of cases)
      assert.equal(refusal(value), reason, JSON.stringify(value));
  });

  it('refuses every way out to another host: //, backslashes, plain http:', () => {
    const cases: Array<[string, UrlRefusal]> = [
      ['//evil.example/x', 'protocol-relative'],
      ['https:\\\\evil.example', 'backslash'],
      ['/\\evil.example', 'backslash'],
      ['\\\\evil.example', 'backslash'],
      ['http://evil.example/api', 'insecure'],
      ['http://127.0.0.1.evil.example/', 'insecure'],
      ['ws://127.0.0.1:9/stream', 'scheme'],
      ['', 'empty'],
      ['https://', 'malformed'],
    ];
    for (const [value, reason] of cases)
      assert.equal(refusal(value), reason, JSON.stringify(value));
  });

  it('keeps a same-origin setting on the page’s origin', () => {
    assert.equal(refusal('https://other.example/token', { sameOrigin: true }), 'cross-origin');
    assert.equal(refusal('/autoshares/token', { sameOrigin: true }), 'accepted');
    assert.equal(refusal('https://partner.example/t', { sameOrigin: true }), 'accepted');
  });

  it('takes wss: (ws: on localhost) for streamers, and no paths where they make no sense', () => {
    const stream = { use: 'stream' as const, paths: false };
    assert.equal(refusal('wss://stream.example/quote', stream), 'accepted');
    assert.equal(refusal('https://stream.example/quote', stream), 'accepted');
    assert.equal(refusal('ws://127.0.0.1:4010/quote', stream), 'accepted');
    assert.equal(refusal('ws://stream.example/quote', stream), 'insecure');
    assert.equal(refusal('/quote', stream), 'relative');
  });

  it('says which setting and why, without echoing the refused value', () => {
    const error = (() => {
      try {
        checkUrl('javascript:alert(document.cookie)', { name: 'login-url', base: PAGE });
      } catch (e) {
        return e as UrlPolicyError;
      }
      return undefined;
    })();
    assert.ok(error);
    assert.equal(error.setting, 'login-url');
    assert.equal(error.url, 'javascript:alert(document.cookie)');
    assert.match(error.message, /^login-url is refused: the javascript: scheme is not allowed\./);
    assert.doesNotMatch(error.message, /alert/);
  });

  it('safeUrl gives the href or undefined', () => {
    assert.equal(
      safeUrl('https://news.example/a?b=1', { name: 'x' }),
      'https://news.example/a?b=1',
    );
    assert.equal(safeUrl('javascript:alert(1)', { name: 'x' }), undefined);
    assert.equal(safeUrl(undefined, { name: 'x' }), undefined);
  });
});
