import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorFromResponse, retryAfterMs } from './error-body.ts';
import { assertVerified } from '../order-rejections.ts';
import { AutoSharesError } from '../errors.ts';

const h = (init: Record<string, string> = {}) => new Headers(init);
const parse = (status: number, body: unknown, headers = h()) =>
  errorFromResponse(status, typeof body === 'string' ? body : JSON.stringify(body), headers);

test('app key, credentials and expired-token bodies', () => {
  const appKey = parse(403, { error: 'Application key is not defined or does not exist' });
  assert.equal(appKey.code, 'app_key_invalid');
  assert.equal(appKey.status, 403);
  assert.equal(
    parse(401, { error: 'Application key is not defined or does not exist' }).code,
    'app_key_invalid',
  );

  const creds = parse(401, {
    State: 'Failed',
    Step: 'BaseAuthentication',
    Reason: 'Invalid credentials',
  });
  assert.equal(creds.code, 'auth_failed');
  assert.deepEqual(
    [creds.details.step, creds.details.reason],
    ['BaseAuthentication', 'Invalid credentials'],
  );
  const code2fa = parse(401, {
    State: 'Failed',
    Step: 'VerificationCode',
    Reason: 'Corrupted ticket',
  });
  assert.match(code2fa.message, /verification code/i);
  assert.match(
    parse(401, { State: 'Failed', Step: 'BaseAuthentication', Reason: 'Your Password has expired' })
      .message,
    /expired/,
  );

  const denied = parse(401, { Message: 'Authorization has been denied for this request.' });
  assert.equal(denied.code, 'unauthorized');
  assert.match(denied.message, /sign in/i);
});

test('validation (ModelState), missing query parameters and not found', () => {
  const v = parse(400, {
    Message: 'Validation error occured while processing entity',
    ModelState: { 'placeParams.Type': ['An error has occurred.'] },
  });
  assert.equal(v.code, 'validation');
  assert.deepEqual(v.fieldErrors, { 'placeParams.Type': ['An error has occurred.'] });
  assert.equal(
    parse(422, { Message: 'x', ModelState: { Name: 'required' } }).fieldErrors.Name?.[0],
    'required',
  );

  const version = parse(404, {
    Error: { Code: 'UnsupportedApiVersion', Message: 'does not support the API version' },
  });
  assert.equal(version.code, 'unsupported_api_version');
  assert.equal(version.details.apiCode, 'UnsupportedApiVersion');

  assert.equal(
    parse(404, { Message: "No HTTP resource was found that matches the request URI 'x'." }).code,
    'not_found',
  );
  const badFilter = parse(400, { Message: "Unknown field 'Foo' in filter." });
  assert.equal(badFilter.code, 'validation');
  assert.equal(badFilter.details.serverMessage, "Unknown field 'Foo' in filter.");
});

test('envelopes: 409 business failure shows the server text, 500 is a server error', () => {
  const conflict = parse(409, {
    Model: null,
    Errors: ['Order is already filled'],
    StatusCode: 409,
    IsSucceed: false,
  });
  assert.equal(conflict.code, 'conflict');
  assert.equal(conflict.message, 'Order is already filled');
  const unknownUser = parse(500, {
    Model: null,
    Errors: ['User not found'],
    StatusCode: 500,
    IsSucceed: false,
  });
  assert.equal(unknownUser.code, 'server_error');
  assert.deepEqual(unknownUser.details.errors, ['User not found']);
  const envelopeIn200 = parse(200, {
    Model: null,
    Errors: ['Failed to replace'],
    IsSucceed: false,
  });
  assert.equal(envelopeIn200.code, 'conflict');
  assert.equal(envelopeIn200.message, 'Failed to replace');
});

test('5xx, 429 with Retry-After, non-JSON bodies and error ids', () => {
  const s = parse(500, {
    message: 'An error occurred while processing your request',
    error: 'Unexpected server error',
  });
  assert.equal(s.code, 'server_error');
  assert.equal(parse(502, '<html>Bad gateway</html>').code, 'server_error');
  assert.equal(parse(502, '<html>Bad gateway</html>').details.bodyNotJson, true);

  const limited = parse(429, { Message: 'quota exceeded' }, h({ 'Retry-After': '3' }));
  assert.equal(limited.code, 'rate_limited');
  assert.equal(limited.retryAfterMs, 3000);
  assert.equal(retryAfterMs(h({ 'Retry-After': new Date(10_000).toUTCString() }), 4_000), 6_000);
  assert.equal(retryAfterMs(h({ 'X-RateLimit-Reset': '2' })), 2000);

  const withId = parse(422, {
    code: 'VALIDATION',
    message: 'Bad',
    errors: ['Name is required'],
    errorId: 'e-1',
  });
  assert.equal(withId.errorId, 'e-1');
  assert.deepEqual(withId.details.errors, ['Name is required']);
  assert.equal(parse(500, {}, h({ 'X-Request-Id': 'req-9' })).errorId, 'req-9');
});

test('a 200 verification with IsSuccessful:false is an order_rejected error with a readable message', () => {
  assert.throws(
    () =>
      assertVerified({
        IsSuccessful: false,
        ErrorDescription: 'LimitPriceUndefined',
        ErrorDescriptionText: 'Limit price undefined',
      }),
    (e: unknown) =>
      e instanceof AutoSharesError &&
      e.code === 'order_rejected' &&
      e.message === 'Enter a limit price for a limit order.' &&
      e.details.errorDescription === 'LimitPriceUndefined',
  );
  assert.throws(
    () =>
      assertVerified({
        IsSuccessful: false,
        ErrorDescription: 'SomethingNew',
        ErrorDescriptionText: 'Venue says no.',
      }),
    (e: unknown) => e instanceof AutoSharesError && e.message === 'Venue says no.',
  );
  const ok = { IsSuccessful: true, Commission: 1 };
  assert.equal(assertVerified(ok), ok);
});
