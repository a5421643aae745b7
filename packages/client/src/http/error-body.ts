/**
 * Maps every documented error response (api-reference §1.6) to an {@link AutoSharesError}.
 * The spec has no error schemas, so this reads the body by shape (the shapes of
 * `contract/error-bodies.ts`), then falls back on the status.
 *
 * | body                                                   | code                      |
 * |--------------------------------------------------------|---------------------------|
 * | `{"error":"Application key is not defined…"}`          | `app_key_invalid`         |
 * | `{"State":"Failed","Step":…,"Reason":…}`               | `auth_failed`             |
 * | 401 `{"Message":"Authorization has been denied…"}`     | `unauthorized`            |
 * | `{"Message":…,"ModelState":{…}}`                       | `validation` + fieldErrors|
 * | `{"Error":{"Code":"UnsupportedApiVersion",…}}`         | `unsupported_api_version` |
 * | 404 `{"Message":"No HTTP resource was found…"}`        | `not_found`               |
 * | `{"Model":null,"Errors":[…],"IsSucceed":false}` 409    | `conflict`                |
 * | the same envelope with 500, `{"message","error"}` 5xx  | `server_error`            |
 * | 429 (+ `Retry-After`)                                  | `rate_limited`            |
 */
import { AUTH_FAILED_STATE, UNSUPPORTED_API_VERSION } from '../contract/index.ts';
import { AutoSharesError, type AutoSharesErrorCode } from '../errors.ts';
import { codeForStatus, retryAfterMs } from './status.ts';

export { retryAfterMs };

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim() : undefined;

function fieldErrorsOf(modelState: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (!isObject(modelState)) return out;
  for (const [field, messages] of Object.entries(modelState)) {
    const list = Array.isArray(messages) ? messages : [messages];
    out[field] = list.map((m) => String(m));
  }
  return out;
}

function errorsList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .map((e) =>
      typeof e === 'string' ? e : isObject(e) ? (str(e.Message) ?? str(e.message) ?? '') : '',
    )
    .filter(Boolean);
}

const AUTH_STEP_MESSAGES: Record<string, string> = {
  VerificationCode: 'The verification code is not valid. Request a new code and try again.',
  SecutityPin: 'The PIN is not valid.',
  SecurityPin: 'The PIN is not valid.',
};

/**
 * Builds the error for a response with a non-success status (or a success status whose body is
 * a failed envelope). `bodyText` is the raw body; it need not be JSON.
 */
export function errorFromResponse(
  status: number,
  bodyText: string,
  headers: Headers,
): AutoSharesError {
  let body: unknown;
  try {
    body = bodyText ? JSON.parse(bodyText) : undefined;
  } catch {
    body = undefined;
  }
  const errorId =
    (isObject(body) ? (str(body.errorId) ?? str(body.ErrorId)) : undefined) ??
    headers.get('x-request-id') ??
    headers.get('x-correlation-id') ??
    undefined;
  const wait = status === 429 || status === 503 ? retryAfterMs(headers) : undefined;
  const base = { status, errorId, retryAfterMs: wait };
  const make = (
    code: AutoSharesErrorCode,
    message?: string,
    details: Json = {},
    fieldErrors?: Record<string, string[]>,
  ) => new AutoSharesError({ ...base, code, message, details, fieldErrors });

  if (!isObject(body)) {
    return make(
      codeForStatus(status),
      undefined,
      bodyText && body === undefined ? { bodyNotJson: true } : {},
    );
  }

  // {"error":"Application key is not defined or does not exist"}
  const lowerError = str(body.error);
  if (lowerError && /application key/i.test(lowerError)) {
    return make('app_key_invalid', undefined, { serverMessage: lowerError });
  }
  // {"State":"Failed","Step":…,"Reason":…}
  if (body.State === AUTH_FAILED_STATE) {
    const step = str(body.Step);
    const reason = str(body.Reason);
    const message =
      step === 'BaseAuthentication' && reason && /expired/i.test(reason)
        ? 'Your password has expired. Please reset it.'
        : ((step && AUTH_STEP_MESSAGES[step]) ?? undefined);
    return make('auth_failed', message, { step, reason });
  }
  // {"Error":{"Code":"UnsupportedApiVersion","Message":…}}
  if (isObject(body.Error)) {
    const apiCode = str(body.Error.Code);
    const serverMessage = str(body.Error.Message);
    const code =
      apiCode === UNSUPPORTED_API_VERSION ? 'unsupported_api_version' : codeForStatus(status);
    return make(code, undefined, { apiCode, serverMessage });
  }
  // {"Message":…,"ModelState":{…}}
  if (isObject(body.ModelState)) {
    return make(
      'validation',
      undefined,
      { serverMessage: str(body.Message) },
      fieldErrorsOf(body.ModelState),
    );
  }
  // {"Model":null,"Errors":[…],"StatusCode":…,"IsSucceed":false}
  if ('IsSucceed' in body && body.IsSucceed === false) {
    const errors = errorsList(body.Errors);
    const effective =
      status >= 400 ? status : typeof body.StatusCode === 'number' ? body.StatusCode : 409;
    const code = effective < 400 ? 'conflict' : codeForStatus(effective);
    return make(code, code === 'conflict' ? errors[0] : undefined, {
      errors,
      serverMessage: errors[0],
    });
  }
  // {"code":"VALIDATION","message":…,"errors":[…],"errorId":…} (the field's other common shape)
  const serverMessage = str(body.Message) ?? str(body.message);
  const errors = errorsList(body.Errors ?? body.errors);
  const code = codeForStatus(status);
  const details: Json = { serverMessage };
  if (errors.length) details.errors = errors;
  if (lowerError) details.serverError = lowerError;
  // A conflict's own words are the most useful thing to show ("Order is already filled").
  const message = code === 'conflict' ? (errors[0] ?? serverMessage) : undefined;
  return make(code, message, details);
}
