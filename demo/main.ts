/**
 * The demo host page's script: what a trading platform writes. It loads the widgets, hands the
 * session a token provider backed by its own server (`/host/token`, see host/token-route.ts),
 * and wires a theme toggle, sign-out/sign-in and the selected symbol.
 */
import '@autoshares/widgets';
import type { AutoSharesOrderTicket, AutoSharesSession } from '@autoshares/widgets';

const session = document.querySelector<AutoSharesSession>('#session')!;
const status = document.querySelector<HTMLElement>('#auth-status')!;
const themeSelect = document.querySelector<HTMLSelectElement>('#theme-select')!;
const signOut = document.querySelector<HTMLButtonElement>('#sign-out')!;
const signIn = document.querySelector<HTMLButtonElement>('#sign-in')!;
const selected = document.querySelector<HTMLOutputElement>('#selected-symbol')!;

let signedOutByUser = false;

/** The host's own token endpoint; credentials stay on the server. */
async function hostTokenProvider() {
  if (signedOutByUser) return null;
  const response = await fetch('/host/token', { headers: { Accept: 'application/json' } });
  if (!response.ok) return null;
  return (await response.json()) as { access_token: string; expires_at: number };
}

session.tokenProvider = hostTokenProvider;

session.addEventListener('as-auth-required', () => {
  status.textContent = 'Signed out';
  signIn.hidden = false;
  signOut.hidden = true;
});

function showSignedIn() {
  status.textContent = 'Signed in (demo)';
  signIn.hidden = true;
  signOut.hidden = false;
}
showSignedIn();

signOut.addEventListener('click', () => {
  signedOutByUser = true;
  session.token = null;
  session.tokenProvider = async () => null;
});

signIn.addEventListener('click', () => {
  signedOutByUser = false;
  session.tokenProvider = hostTokenProvider;
  showSignedIn();
});

themeSelect.addEventListener('change', () => {
  const theme = themeSelect.value as '' | 'light' | 'dark';
  session.theme = theme || undefined;
  if (theme) document.documentElement.dataset.theme = theme;
  else delete document.documentElement.dataset.theme;
});

document.addEventListener('as-symbol-select', (event) => {
  selected.textContent = event.symbol;
});

// "Buy"/"Sell" from top-traded fills the order ticket; the account switcher drives the session.
const ticket = document.querySelector<AutoSharesOrderTicket>('#ticket')!;
document.addEventListener('as-trade-request', (event) => {
  ticket.prefill(event.request);
  ticket.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
});
// A bid or ask chosen in the option chain starts an option order at that price.
document.addEventListener('as-option-select', (event) => {
  const { symbol, securityId, side, price } = event.contract;
  ticket.prefill({ symbol, securityId, side, limitPrice: price });
  ticket.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
});
// A spread built in the chain (Build spread → Trade spread) becomes one multi-leg order.
document.addEventListener('as-strategy-select', (event) => {
  ticket.prefillStrategy(event.strategy.legs, event.strategy.net);
  ticket.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
});
document.addEventListener('as-account-select', (event) => {
  session.setAttribute('account-id', String(event.accountId));
});
