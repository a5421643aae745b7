/**
 * `play` helpers of the order ticket's stories: fill a field or choose an option by its label
 * (as a trader would), read the live ask, and start a spread as the option chain hands it on.
 */
import { until } from './play.ts';
import type { StoryLeg } from './option-orders.ts';

interface TicketElement extends HTMLElement {
  prefillStrategy(legs: readonly StoryLeg[], net?: number): void;
  readonly updateComplete: Promise<boolean>;
}

/** The story's `<as-order-ticket>` once it has rendered its form. */
export const ticketIn = (canvas: HTMLElement): Promise<TicketElement> =>
  until(() => {
    const ticket = canvas.querySelector<TicketElement>('as-order-ticket');
    return ticket?.shadowRoot?.querySelector('form') ? ticket : undefined;
  });

/** The control labelled `label` in the ticket, once it is shown. */
async function control<T extends HTMLElement>(canvas: HTMLElement, label: string): Promise<T> {
  const ticket = await ticketIn(canvas);
  return until(() => {
    const root = ticket.shadowRoot!;
    const found = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
    return found ? (root.getElementById(found.htmlFor) as T | null) : undefined;
  });
}

/** Types `value` into the field labelled `label`. */
export async function fillField(canvas: HTMLElement, label: string, value: string): Promise<void> {
  const input = await control<HTMLInputElement>(canvas, label);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await (
    await ticketIn(canvas)
  ).updateComplete;
}

/** Chooses `value` in the select labelled `label`. */
export async function chooseField(
  canvas: HTMLElement,
  label: string,
  value: string,
): Promise<void> {
  const select = await control<HTMLSelectElement>(canvas, label);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await (
    await ticketIn(canvas)
  ).updateComplete;
}

/** The live ask the ticket shows, once it shows one. */
export async function liveAsk(canvas: HTMLElement): Promise<number> {
  const ticket = await ticketIn(canvas);
  const text = await until(() => {
    const shown = ticket.shadowRoot!.querySelector('[data-quote="ask"]')?.textContent ?? '';
    return /\d/.test(shown) && shown;
  });
  return Number(text.replace(/[^\d.]/g, ''));
}

/** Starts a spread of `legs` in the ticket (a Limit at `net`), as the chain's Trade spread does. */
export async function startSpread(
  canvas: HTMLElement,
  legs: readonly StoryLeg[],
  net: number,
): Promise<void> {
  const ticket = await ticketIn(canvas);
  ticket.prefillStrategy(legs, net);
  await ticket.updateComplete;
}
