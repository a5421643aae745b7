/**
 * The bridge's only pages: the end of a sign-in (success or a readable error). In a popup the
 * page tells `window.opener` — on this site's origin only — how the sign-in went, and closes
 * itself on success.
 */

/** The message the callback page posts to `window.opener` (target origin: the site's own). */
export type SignInMessage =
  | { type: 'autoshares:sign-in'; ok: true }
  | { type: 'autoshares:sign-in'; ok: false; error: string; message: string };

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
/** JSON that is safe inside a `<script>` element. */
const scriptJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** The page's CSP: nothing but its own nonce'd script and inline style. */
export function pageHeaders(nonce: string): Record<string, string> {
  return {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Security-Policy': `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'unsafe-inline'; frame-ancestors 'none'`,
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
  };
}

interface PageInput {
  nonce: string;
  origin: string;
  message: SignInMessage;
  /** Where a non-popup page goes on success. */
  returnTo: string;
  popup: boolean;
}

/** The callback page: success (popup: message and close) or a readable error. */
export function callbackPage({ nonce, origin, message, returnTo, popup }: PageInput): string {
  const title = message.ok ? 'Signed in' : 'Sign-in failed';
  const body = message.ok
    ? `<h1>Signed in to AutoShares</h1><p>You can close this window. <a href="${escapeHtml(returnTo)}">Continue</a></p>`
    : `<h1>Sign-in failed</h1><p role="alert">${escapeHtml(message.message)}</p>
<p><a href="${escapeHtml(returnTo)}">Back to the site</a></p>`;
  const script = popup
    ? `<script nonce="${nonce}">
  (() => {
    const message = ${scriptJson(message)};
    if (window.opener) {
      window.opener.postMessage(message, ${scriptJson(origin)});
      if (message.ok) window.close();
    }
  })();
</script>`
    : '';
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>body { font: 16px/1.5 system-ui, sans-serif; max-width: 32rem; margin: 3rem auto; padding: 0 1rem; } [role="alert"] { color: #a4161a; }</style>
</head>
<body>
<main>${body}</main>
${script}
</body>
</html>`;
}
