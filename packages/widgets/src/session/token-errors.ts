/**
 * The token source's configuration mistakes (`token-source.ts`): loaded when one is thrown, so a
 * page whose token endpoint answers never downloads their sentences. The session tells them by
 * their `name` (`config-error.ts`).
 */

/**
 * The token endpoint refused this page (403), or is on another origin (whose answers a page
 * cannot read): the page is not on the origin the sign-in bridge serves, so no sign-in can
 * help. A configuration mistake, not a signed-out user.
 */
export class TokenEndpointForbiddenError extends Error {
  override readonly name = 'TokenEndpointForbiddenError';
  /** `refused`: the endpoint answered 403; `cross-origin`: it is not on the page's origin. */
  readonly why: 'refused' | 'cross-origin';
  /** The token endpoint, as set. */
  readonly endpoint: string;
  constructor(endpoint: string, why: 'refused' | 'cross-origin') {
    super(
      `AutoShares sign-in is not set up for this page: the token endpoint (${endpoint}) ` +
        (why === 'refused' ? 'refused it (403)' : 'is on another origin') +
        `. Serve the page from the same origin as the sign-in bridge ` +
        `(the origin of @autoshares/host's redirectUri) and use a path such as /autoshares/token.`,
    );
    this.why = why;
    this.endpoint = endpoint;
  }
}

/**
 * The token endpoint's token is for another API than the session's `base-url` (or the endpoint
 * did not say which API it is for): it is not used, so markup cannot send the user's token to
 * an origin the sign-in bridge did not issue it for.
 */
export class TokenApiMismatchError extends Error {
  override readonly name = 'TokenApiMismatchError';
  readonly endpoint: string;
  readonly baseUrl: string;
  /** The API the endpoint said its token is for, if it said. */
  readonly issuedFor: string | undefined;
  constructor(endpoint: string, baseUrl: string, issuedFor: string | undefined) {
    super(
      issuedFor
        ? `The token from token-endpoint (${endpoint}) is for ${issuedFor}, not for base-url ${baseUrl}; ` +
            `it was not used. Set base-url to the API the sign-in bridge is configured with (apiBaseUrl).`
        : `The token-endpoint (${endpoint}) did not say which API its token is for (api_base_url); ` +
            `it was not used. Use @autoshares/host's bridge, configured with apiBaseUrl.`,
    );
    this.endpoint = endpoint;
    this.baseUrl = baseUrl;
    this.issuedFor = issuedFor;
  }
}
