/**
 * The sandbox's Sharesight sign-in-and-grant page (both OAuth flows): small, accessible, no
 * script. The partner's optional user details (OAuth 1.0a authorize URL) prefill the e-mail
 * and are listed, as Sharesight uses them to find or register the account.
 */
import { escapeHtml } from '../../oauth/pages.ts';
import { SHARESIGHT_DEMO_USER } from './data.ts';

export interface GrantPageInput {
  /** Where the form posts. */
  action: string;
  /** Hidden fields that carry the authorize request. */
  hidden: [string, string][];
  /** Partner-supplied user details to show (label, value). */
  details: [string, string][];
  email: string;
  error?: string;
}

export function grantPage(input: GrantPageInput): string {
  const hidden = input.hidden
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
    .join('\n');
  const details = input.details.length
    ? `<h2>Details from the partner</h2><dl>${input.details
        .map(
          ([k, v]) =>
            `<dt>${escapeHtml(k)}</dt><dd data-detail="${escapeHtml(k)}">${escapeHtml(v)}</dd>`,
        )
        .join('')}</dl>`
    : '';
  const error = input.error ? `<p role="alert">${escapeHtml(input.error)}</p>` : '';
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Sharesight sign-in · AutoShares sandbox</title></head>
<body><main>
<h1>Sign in to Sharesight and grant access to your portfolios</h1>
${error}
${details}
<form method="post" action="${escapeHtml(input.action)}">
${hidden}
<label for="email">E-mail</label>
<input id="email" name="email" type="email" autocomplete="username" value="${escapeHtml(input.email)}" required>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<p class="hint">Sandbox login: ${escapeHtml(SHARESIGHT_DEMO_USER.email)} / ${escapeHtml(SHARESIGHT_DEMO_USER.password)}</p>
<button name="decision" value="allow">Allow</button>
<button name="decision" value="deny" formnovalidate>Deny</button>
</form>
</main></body>
</html>`;
}

export function messagePage(title: string, text: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p></main></body></html>`;
}
