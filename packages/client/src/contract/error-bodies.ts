/**
 * **Hand-written** (the spec has no error schemas): the error bodies of the API as the ETNA
 * documentation samples show them (api-reference §1.6). The sandbox sends exactly these; the
 * client reads a body by its shape (`http/error-body.ts`).
 */

/** 403 (401 per AS26), missing or wrong `Et-App-Key`: `{"error":"Application key is not defined or does not exist"}`. */
export interface AppKeyErrorBody {
  error: string;
}

/** The `State` of a failed `POST /token`. */
export const AUTH_FAILED_STATE = 'Failed';

/** 401 from `POST /token`: `{"State":"Failed","Step":"BaseAuthentication","Reason":"Invalid credentials"}`. */
export interface AuthFailedBody {
  State: typeof AUTH_FAILED_STATE;
  /** `BaseAuthentication`, `VerificationCode`, … */
  Step: string;
  Reason: string;
}

/** 401 (expired token, another user's account), 404 (no route), 400 (bad filter): `{"Message":"…"}`. */
export interface MessageErrorBody {
  Message: string;
}

/** A body that fails to bind (4xx): `{"Message":"Validation error occured…","ModelState":{"placeParams.Type":["…"]}}`. */
export interface ValidationErrorBody {
  Message: string;
  /** Field (`placeParams.Type`) → messages. */
  ModelState: Record<string, string[]>;
}

/** The `Error.Code` of a 404 for a missing required query parameter. */
export const UNSUPPORTED_API_VERSION = 'UnsupportedApiVersion';

/** 404, missing required query parameter: `{"Error":{"Code":"UnsupportedApiVersion","Message":"…"}}`. */
export interface ApiVersionErrorBody {
  Error: { Code: string; Message: string };
}

/** Business failure (409) or unknown user id (500): `{"Model":null,"Errors":["…"],"StatusCode":409,"IsSucceed":false}`. */
export interface EnvelopeErrorBody {
  Model: null;
  Errors: string[];
  StatusCode: number;
  IsSucceed: false;
}

/** 500 (userId used as accountId, malformed order): `{"message":"An error occurred…","error":"Unexpected server error"}`. */
export interface ServerErrorBody {
  message: string;
  error: string;
}
