/**
 * OAuth 2.0 error codes (RFC 6749 §4.1.2.1 for the authorization endpoint, §5.2 for the token
 * endpoint) as one error type the authorization server throws and the routes turn into a
 * redirect or a JSON body.
 */

/** The error codes the sandbox's authorization server uses. */
export type OAuthErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_grant'
  | 'unauthorized_client'
  | 'unsupported_grant_type'
  | 'unsupported_response_type'
  | 'invalid_scope'
  | 'access_denied'
  | 'server_error';

/** An OAuth error with a human-readable `error_description`. */
export class OAuthError extends Error {
  constructor(
    readonly code: OAuthErrorCode,
    readonly description: string,
  ) {
    super(`${code}: ${description}`);
    this.name = 'OAuthError';
  }

  /** HTTP status for the token endpoint (RFC 6749 §5.2): 401 for `invalid_client`, else 400. */
  get status(): 400 | 401 {
    return this.code === 'invalid_client' ? 401 : 400;
  }

  /** The RFC 6749 §5.2 JSON body. */
  toJSON(): { error: OAuthErrorCode; error_description: string } {
    return { error: this.code, error_description: this.description };
  }
}
