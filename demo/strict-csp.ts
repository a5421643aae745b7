/**
 * The one host script of strict-csp.html, a same-origin file (the page's CSP allows no inline
 * script): hands the session a token provider backed by the demo host's `/host/token`, and lists
 * every Content-Security-Policy violation the page sees in `#csp-violations`.
 */
import type { AutoSharesSession } from '@autoshares/widgets';

const count = document.querySelector<HTMLOutputElement>('#csp-violations')!;
const list = document.querySelector<HTMLOListElement>('#csp-violation-list')!;
let violations = 0;

document.addEventListener('securitypolicyviolation', (event) => {
  violations += 1;
  count.dataset.count = String(violations);
  count.textContent = `${violations} violation${violations === 1 ? '' : 's'}:`;
  const item = document.createElement('li');
  item.textContent = `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile || 'page'}:${event.lineNumber})`;
  list.append(item);
});

/** The host's own token endpoint; the demo credentials stay on the server. */
async function hostTokenProvider() {
  const response = await fetch('/host/token', { headers: { Accept: 'application/json' } });
  if (!response.ok) return null;
  return (await response.json()) as { access_token: string; expires_at: number };
}

document.querySelector<AutoSharesSession>('#session')!.tokenProvider = hostTokenProvider;
