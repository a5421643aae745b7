/**
 * The HTML of the sandbox's sign-in, consent and error pages: small, accessible, no script.
 */
import { DEMO_2FA_USER, DEMO_USER, VERIFICATION_CODE } from '../world/users.ts';
import type { Interaction } from './authorization-server.ts';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · AutoShares sandbox</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; display: grid; place-items: center; min-height: 100vh; background: #f4f5f7; color: #1b1d21; }
  main { background: #fff; padding: 2rem; border-radius: 8px; box-shadow: 0 1px 4px #0002; width: min(22rem, 90vw); }
  h1 { font-size: 1.25rem; margin-top: 0; }
  label { display: block; margin: 0.75rem 0 0.25rem; }
  input { width: 100%; box-sizing: border-box; padding: 0.5rem; font: inherit; }
  .actions { display: flex; gap: 0.5rem; margin-top: 1.25rem; }
  button { font: inherit; padding: 0.5rem 1rem; cursor: pointer; }
  [role="alert"] { color: #a4161a; }
  .hint { color: #555; font-size: 0.875rem; }
</style>
</head>
<body><main>
${body}
</main></body>
</html>`;
}

/** The sign-in form; posts `username`, `password`, `verification_code` and `interaction` to `action`. */
export function signInPage(interaction: Interaction, action: string, message?: string): string {
  return page(
    'Sign in',
    `<h1>Sign in to AutoShares</h1>
<p><strong>${escapeHtml(interaction.client.name)}</strong> wants to use your AutoShares account.</p>
${message ? `<p role="alert">${escapeHtml(message)}</p>` : ''}
<form method="post" action="${escapeHtml(action)}">
  <input type="hidden" name="interaction" value="${escapeHtml(interaction.id)}">
  <label for="username">Username</label>
  <input id="username" name="username" autocomplete="username" required autofocus>
  <label for="password">Password</label>
  <input id="password" name="password" type="password" autocomplete="current-password" required>
  <label for="verification-code">Verification code <span class="hint">(two-step accounts only)</span></label>
  <input id="verification-code" name="verification_code" inputmode="numeric" autocomplete="one-time-code">
  <div class="actions"><button type="submit">Sign in</button></div>
</form>
<p class="hint">Sandbox demo user: <code>${DEMO_USER.username}</code> / <code>${DEMO_USER.password}</code>
(two-step: <code>${DEMO_2FA_USER.username}</code>, code <code>${VERIFICATION_CODE}</code>)</p>`,
  );
}

/** The consent step; posts `interaction` and `decision` (`allow` or `deny`) to `action`. */
export function consentPage(interaction: Interaction, action: string): string {
  return page(
    'Authorize',
    `<h1>Allow access?</h1>
<p><strong>${escapeHtml(interaction.client.name)}</strong> will be able to see your accounts, balances,
positions and orders, and to place orders on your behalf.</p>
<form method="post" action="${escapeHtml(action)}">
  <input type="hidden" name="interaction" value="${escapeHtml(interaction.id)}">
  <div class="actions">
    <button type="submit" name="decision" value="allow">Allow</button>
    <button type="submit" name="decision" value="deny">Deny</button>
  </div>
</form>`,
  );
}

/** An error that must not be sent back to the client application (it cannot be trusted). */
export function errorPage(message: string): string {
  return page(
    'Sign-in error',
    `<h1>Sign-in cannot continue</h1>
<p role="alert">${escapeHtml(message)}</p>`,
  );
}
