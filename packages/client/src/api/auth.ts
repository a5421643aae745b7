/**
 * `POST /token` and `POST /logout` (api-reference §2), for a partner that signs in with a
 * username and password itself (a server, a script). Browser widgets get their token from the
 * host page instead. Credentials travel in headers, as the API wants; nothing is kept.
 */
import { AutoSharesError } from '../errors.ts';
import type { CallOptions, HttpTransport } from '../http/transport.ts';

export interface LoginRequest extends CallOptions {
  username: string;
  password: string;
  /** 2FA step 2: the code the user received, with the interim token from step 1. */
  verificationCode?: string;
  interimToken?: string;
}

export type LoginResult =
  | { state: 'Succeeded'; token: string }
  /** 2FA: call `login` again with `verificationCode` and this `interimToken`. */
  | { state: 'Expecting'; step: string; reason?: string; interimToken: string };

export function createAuthApi(http: HttpTransport) {
  return {
    /** `POST /token`. Bad credentials reject with `auth_failed` (`details.step`, `details.reason`). */
    async login({
      username,
      password,
      verificationCode,
      interimToken,
      ...call
    }: LoginRequest): Promise<LoginResult> {
      const headers: Record<string, string> = { Username: username, Password: password };
      if (verificationCode) headers.VerificationCode = verificationCode;
      if (interimToken) headers.Authorization = `Bearer ${interimToken}`;
      const body =
        (await http.request<Record<string, unknown>>({
          ...call,
          method: 'POST',
          path: 'token',
          headers,
          category: 'auth',
          auth: false,
        })) ?? {};
      if (body.State === 'Succeeded' && typeof body.Token === 'string')
        return { state: 'Succeeded', token: body.Token };
      if (body.State === 'Expecting' && typeof body.Token === 'string') {
        return {
          state: 'Expecting',
          step: String(body.Step ?? ''),
          reason: body.Reason as string | undefined,
          interimToken: body.Token,
        };
      }
      throw new AutoSharesError({
        code: 'malformed_response',
        status: 200,
        details: { expected: 'token state' },
      });
    },
    /** `POST /logout`: ends the token's session on the server. */
    async logout(call: CallOptions = {}): Promise<void> {
      await http.request({ ...call, method: 'POST', path: 'logout', category: 'auth' });
    },
  };
}
export type AuthApi = ReturnType<typeof createAuthApi>;
