/**
 * `as-auth-required`: the session has no valid token (`reason`: `'no-token'`, none was given
 * or the provider had none; `'token-rejected'`, the API refused it and no other one could be
 * had). The host page should sign the user in and set `token` (or let `tokenProvider`
 * succeed); the elements recover by themselves. Never carries the token. The same class the
 * client hands its `onAuthRequired` listeners, so there is one vocabulary of reasons.
 */
import { AuthRequiredEvent, type AuthRequiredReason } from '@autoshares/client';

export { AuthRequiredEvent, type AuthRequiredReason };

declare global {
  interface GlobalEventHandlersEventMap {
    'as-auth-required': AuthRequiredEvent;
  }
}
