/**
 * The documented AutoShares / ETNA error bodies (api-reference §1.6), exactly as the real API
 * sends them; their shapes are the wire contract's (`@autoshares/client/contract`). Every route of the sandbox answers errors through these helpers, either by
 * returning `errors.x(c, …)` or by throwing an {@link ApiError} (the app's error handler turns
 * it into its response).
 */
import {
  AUTH_FAILED_STATE,
  UNSUPPORTED_API_VERSION,
  type ApiVersionErrorBody,
  type AppKeyErrorBody,
  type AuthFailedBody,
  type EnvelopeErrorBody,
  type MessageErrorBody,
  type ServerErrorBody,
  type ValidationErrorBody,
} from '@autoshares/client/contract';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** A JSON error response waiting to be sent; throw it from anywhere inside a route. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(`HTTP ${status}: ${JSON.stringify(body)}`);
    this.name = 'ApiError';
  }

  /** The response this error stands for. */
  toResponse(): Response {
    return new Response(JSON.stringify(this.body), {
      status: this.status,
      headers: { 'Content-Type': 'application/json; charset=utf-8', ...this.headers },
    });
  }
}

/** 403 `{"error":"Application key is not defined or does not exist"}` (missing or wrong `Et-App-Key`). */
export const appKeyInvalid = (): ApiError =>
  new ApiError(403, {
    error: 'Application key is not defined or does not exist',
  } satisfies AppKeyErrorBody);

/** 401 `{"State":"Failed","Step":…,"Reason":…}` from `POST /token`. */
export const authFailed = (step = 'BaseAuthentication', reason = 'Invalid credentials'): ApiError =>
  new ApiError(401, {
    State: AUTH_FAILED_STATE,
    Step: step,
    Reason: reason,
  } satisfies AuthFailedBody);

/** 401 `{"Message":"Authorization has been denied for this request."}`: expired/unknown token, another user's account. */
export const unauthorized = (): ApiError =>
  new ApiError(401, {
    Message: 'Authorization has been denied for this request.',
  } satisfies MessageErrorBody);

/** 400 `{"Message":"Validation error occured while processing entity","ModelState":{…}}` (sic "occured"). */
export const validationError = (
  modelState: Record<string, string[]>,
  status: ContentfulStatusCode = 400,
): ApiError =>
  new ApiError(status, {
    Message: 'Validation error occured while processing entity',
    ModelState: modelState,
  } satisfies ValidationErrorBody);

/** 404 `{"Error":{"Code":"UnsupportedApiVersion","Message":…}}`: a required query parameter is missing. */
export const unsupportedApiVersion = (url: string): ApiError =>
  new ApiError(404, {
    Error: {
      Code: UNSUPPORTED_API_VERSION,
      Message: `The HTTP resource that matches the request URI '${url}' does not support the API version '1.0'.`,
    },
  } satisfies ApiVersionErrorBody);

/** 404 `{"Message":"No HTTP resource was found that matches the request URI '…'."}` (unknown route, missing query). */
export const noResource = (url: string): ApiError =>
  new ApiError(404, {
    Message: `No HTTP resource was found that matches the request URI '${url}'.`,
  } satisfies MessageErrorBody);

/** `{"Model":null,"Errors":[…],"StatusCode":…,"IsSucceed":false}` (unknown user id: 500; business failures: 409). */
export const envelopeError = (errors: string[], status: ContentfulStatusCode = 500): ApiError =>
  new ApiError(status, {
    Model: null,
    Errors: errors,
    StatusCode: status,
    IsSucceed: false,
  } satisfies EnvelopeErrorBody);

/** 409 business failure ("Failed to replace", "Order is already filled", duplicate name…), in the envelope shape. */
export const conflict = (message: string): ApiError => envelopeError([message], 409);

/**
 * 409 for a placement whose `ClientId` the account already has (sandbox behaviour; the spec is
 * silent): the envelope shape of a business failure, naming the order that holds the `ClientId`
 * (or saying it is still being processed).
 */
export const duplicateClientId = (clientId: string, orderId?: number): ApiError =>
  conflict(
    orderId === undefined
      ? `Duplicate ClientId: an order with ClientId ${clientId} is already being placed for this account.`
      : `Duplicate ClientId: an order with ClientId ${clientId} was already accepted for this account (order ${orderId}).`,
  );

/** 502 from the "gateway" after the server processed a placement whose answer it lost. */
export const badGateway = (): ApiError =>
  new ApiError(502, {
    message: 'Bad gateway',
    error: 'The upstream answer was lost',
  } satisfies ServerErrorBody);

/** 400 for a filter or query value the server cannot parse: `{"Message":…}`. */
export const badRequest = (message: string): ApiError =>
  new ApiError(400, { Message: message } satisfies MessageErrorBody);

/** 500 `{"message":"An error occurred while processing your request","error":"Unexpected server error"}`. */
export const serverError = (
  message = 'An error occurred while processing your request',
): ApiError =>
  new ApiError(500, { message, error: 'Unexpected server error' } satisfies ServerErrorBody);

/** Sends an {@link ApiError} through a Hono context (keeps the context's headers, e.g. CORS). */
export function sendError(c: Context, error: ApiError): Response {
  for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
  return c.json(error.body as object, error.status);
}
