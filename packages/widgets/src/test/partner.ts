/**
 * Test helpers for partner pages: the sign-in bridge (`@autoshares/host`) web-test-runner mounts
 * on the test page's origin, its popup sign-in (driven by the `autoshares-sign-in-popup`
 * command), and the foreign origin (`autoshares-foreign-requests`) that counts what reaches it.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendMouse } from '@web/test-runner-commands';
import { sandbox, type SandboxInfo, type TestUser } from './sandbox.ts';
import { button } from './user.ts';

interface PartnerTestInfo {
  oauth: { accessTokenLifetimeMs: number; bridge: string };
  /** A server on 127.0.0.1 (another port) that counts every request it gets. */
  foreignOrigin: string;
}
const info = () => sandbox() as SandboxInfo & PartnerTestInfo;

/** The bridge's mount path and the test sandbox's access-token lifetime. */
export const oauth = () => info().oauth;

/** The counting foreign origin, e.g. `http://127.0.0.1:40125`. */
export const foreignOrigin = () => info().foreignOrigin;

/** What reached the foreign origin since the last reset (`reset` starts afresh after reading). */
export function foreignRequests(
  reset = false,
): Promise<{ total: number; withAuthorization: number; paths: string[] }> {
  return executeServerCommand('autoshares-foreign-requests', { reset });
}

export interface BridgeToken {
  access_token: string;
  expires_at: number;
}

/** What the page itself can get from the bridge right now (null when signed out). */
export async function bridgeToken(): Promise<BridgeToken | null> {
  const response = await fetch(`${oauth().bridge}/token`, { credentials: 'same-origin' });
  return response.ok ? ((await response.json()) as BridgeToken) : null;
}

export async function signOutOfBridge(): Promise<void> {
  await fetch(`${oauth().bridge}/logout`, { method: 'POST', credentials: 'same-origin' });
}

/** A real click (a user gesture, so a popup may open) in the middle of `target`. */
export async function realClick(target: HTMLElement): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
  });
}

/** Clicks an element's "Sign in" and completes the popup's sign-in and consent pages. */
export async function signInThroughPopup(
  element: Element,
  user: TestUser,
  decision: 'allow' | 'deny' = 'allow',
): Promise<void> {
  const signIn = button(element, 'Sign in');
  expect(signIn, 'a Sign in button').to.not.equal(undefined);
  await realClick(signIn!);
  await executeServerCommand('autoshares-sign-in-popup', {
    username: user.username,
    password: user.password,
    decision,
  });
}
