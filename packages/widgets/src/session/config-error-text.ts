/**
 * The configuration mistakes in the locale in scope (`msg()`): loaded by `config-error.ts` with
 * the first mistake a session records. It imports no code of the kit's first load but `msg()`
 * (the error classes only as types: `config-error.ts` tells which one `error` is), so loading it
 * later moves nothing else out of the first load's files.
 */
import type { UrlPolicyError, UrlRefusal } from '@autoshares/client';
import { msg, str } from '../locale/msg.ts';
import type { TokenApiMismatchError, TokenEndpointForbiddenError } from './token-errors.ts';

/** Which of the kit's errors a mistake is (`config-error.ts` tells): what its sentence is built from. */
export type ProblemKind = 'url-policy' | 'token-endpoint' | 'token-api';

/** The translated sentence for a refused URL setting (`name` is the attribute, e.g. `base-url`). */
function refusedUrlText(name: string, refusal: UrlRefusal): string {
  const why = {
    empty: () => msg('it is empty'),
    malformed: () => msg('it is not a valid URL'),
    'control-characters': () => msg('it contains whitespace or control characters'),
    backslash: () => msg('it contains a backslash'),
    'protocol-relative': () => msg('it starts with "//", which leaves this site for another host'),
    scheme: () => msg('its scheme is not allowed'),
    insecure: () => msg('http: is allowed only for localhost and 127.0.0.1'),
    relative: () => msg('it must be an absolute https: URL'),
    'cross-origin': () => msg("it must be on this page's own origin"),
  }[refusal]();
  return msg(
    str`${name} is refused: ${why}. Use an https: URL or a path on this site (http: only for localhost).`,
  );
}

/**
 * The translated sentence for `error`, one of the mistakes the session reports (a `kind`);
 * `signIn`: the mistake is `login-url`'s.
 */
export function problemText(kind: ProblemKind | undefined, signIn: boolean, error: Error): string {
  if (kind === 'url-policy') {
    const { setting, reason: refusal } = error as UrlPolicyError;
    const text = refusedUrlText(setting, refusal);
    return signIn ? msg(str`Sign-in is misconfigured on this page: ${text}`) : text;
  }
  if (kind === 'token-endpoint') {
    const { endpoint, why } = error as TokenEndpointForbiddenError;
    return why === 'refused'
      ? msg(
          str`AutoShares sign-in is not set up for this page: the token endpoint (${endpoint}) refused it (403). Serve the page from the same origin as the sign-in bridge (the origin of @autoshares/host's redirectUri) and use a path such as /autoshares/token.`,
        )
      : msg(
          str`AutoShares sign-in is not set up for this page: the token endpoint (${endpoint}) is on another origin. Serve the page from the same origin as the sign-in bridge (the origin of @autoshares/host's redirectUri) and use a path such as /autoshares/token.`,
        );
  }
  if (kind === 'token-api') {
    const { endpoint, baseUrl, issuedFor } = error as TokenApiMismatchError;
    return issuedFor
      ? msg(
          str`The token from token-endpoint (${endpoint}) is for ${issuedFor}, not for base-url ${baseUrl}; it was not used. Set base-url to the API the sign-in bridge is configured with (apiBaseUrl).`,
        )
      : msg(
          str`The token-endpoint (${endpoint}) did not say which API its token is for (api_base_url); it was not used. Use @autoshares/host's bridge, configured with apiBaseUrl.`,
        );
  }
  return error.message;
}
