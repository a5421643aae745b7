import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AlertTriggeredEvent } from '../../core/events.ts';
import { dateInZone } from '../../format/trading-date.ts';
import {
  clearFaults,
  createTestUser,
  fault,
  eventually,
  sandbox,
  sessionFixture,
  setPrice,
  textOf,
  type TestUser,
} from '../../test/sandbox.ts';
import { button, field, press, type } from '../../test/user.ts';
import { checkAlert, type AlertDraft } from './alert-validation.ts';
import './define.ts';
import type { AutoSharesPriceAlerts } from './price-alerts.ts';

interface RestAlert {
  Id: number;
  Symbol: string;
  State: string;
  Field: string;
  Operator: string;
  Argument: number;
}

/** The user's alerts straight from the sandbox's REST API. */
async function restAlerts(user: TestUser): Promise<RestAlert[]> {
  const response = await fetch(
    `${sandbox().apiUrl}/v1.0/users/@me/pricealerts?pageSize=100&pageNumber=0&sortBy=Id&isDesc=false`,
    { headers: { 'Et-App-Key': user.appKey, Authorization: `Bearer ${user.token}` } },
  );
  const body = (await response.json()) as { Result?: RestAlert[] } | RestAlert[];
  return Array.isArray(body) ? body : (body.Result ?? []);
}

async function mount(user: TestUser | undefined, notify = false) {
  const session = await sessionFixture(
    html`<as-price-alerts ?notify=${notify}></as-price-alerts>`,
    { user },
  );
  return { session, el: session.querySelector<AutoSharesPriceAlerts>('as-price-alerts')! };
}

const rows = (el: AutoSharesPriceAlerts) => [
  ...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr'),
];
const rowText = (row: Element) => (row.textContent ?? '').replace(/\s+/g, ' ').trim();
const rowOf = (el: AutoSharesPriceAlerts, id: number) =>
  el.shadowRoot!.querySelector<HTMLTableRowElement>(`tr[data-alert-id="${id}"]`);

function messageOf(el: AutoSharesPriceAlerts, label: string): string | undefined {
  const control = field(el, label);
  if (!control || control.getAttribute('aria-invalid') !== 'true') return undefined;
  const id = control.getAttribute('aria-describedby');
  return id ? el.shadowRoot!.getElementById(id)?.textContent?.trim() : undefined;
}

async function fill(el: AutoSharesPriceAlerts, label: string, value: string) {
  const input = field(el, label);
  if (!input) throw new Error(`no field labelled ${label}`);
  input.focus();
  input.select?.();
  await sendKeys({ press: 'Backspace' });
  if (value) await type(value);
}

function setDate(el: AutoSharesPriceAlerts, label: string, value: string) {
  const input = field(el, label)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

async function pickSymbol(el: AutoSharesPriceAlerts, symbol: string) {
  field(el, 'Symbol')!.focus();
  await type(symbol);
  const search = el.shadowRoot!.querySelector('as-symbol-search')!;
  const option = () =>
    [...search.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')].find(
      (o) => o.querySelector('.sym')?.textContent?.trim() === symbol,
    );
  await eventually(() => !!option(), `${symbol} suggested`);
  option()!.click();
  await eventually(() => textOf(el).includes(`Selected: ${symbol} `), `${symbol} picked`);
}

const day = (offsetDays: number) => dateInZone(Date.now() + offsetDays * 86_400_000);

describe('alert validation', () => {
  const draft: AlertDraft = {
    symbol: 'AAPL',
    securityId: 1,
    field: 'Last',
    operator: 'GTEQ',
    price: '150',
    expiry: '2026-12-24',
  };
  const ctx = { tickSize: 0.01, today: '2026-11-23', locale: 'en-US' };
  it('checks price and expiry and builds the input', () => {
    expect(checkAlert(draft, ctx).input).to.deep.equal({
      SecurityId: 1,
      Field: 'Last',
      Operator: 'GTEQ',
      Argument: 150,
      ExpirationDate: Date.UTC(2026, 11, 24, 21),
      State: 'New',
    });
    expect(checkAlert({ ...draft, price: '' }, ctx).errors.price).to.equal('Enter a price.');
    expect(checkAlert({ ...draft, price: 'Infinity' }, ctx).errors.price).to.equal(
      'Enter the price as a number, e.g. 150.25.',
    );
    expect(checkAlert({ ...draft, price: '-2' }, ctx).errors.price).to.equal(
      'The price must be greater than zero.',
    );
    expect(checkAlert({ ...draft, price: '1.005' }, ctx).errors.price).to.equal(
      'The price must be a multiple of 0.01.',
    );
    expect(checkAlert({ ...draft, price: '١٥٠' }, ctx).input?.Argument).to.equal(150);
    expect(checkAlert({ ...draft, expiry: '2026-11-23' }, ctx).errors.expiry).to.equal(
      'Choose an expiry date after today.',
    );
    expect(checkAlert({ ...draft, symbol: '', securityId: undefined }, ctx).errors.symbol).to.equal(
      'Choose a symbol.',
    );
  });
});

describe('<as-price-alerts>', function () {
  this.timeout(20000);
  let user: TestUser;
  beforeEach(async () => {
    user = await createTestUser();
  });

  it("lists the user's alerts with readable conditions, price, expiry and state", async () => {
    const { el } = await mount(user);
    await eventually(() => rows(el).length === 3, 'three seeded alerts');
    const seeded = await restAlerts(user);
    const aapl = seeded.find((a) => a.Symbol === 'AAPL')!;
    const text = rowText(rowOf(el, aapl.Id)!);
    expect(text).to.match(
      /^AAPL Last ≥ at or above [\d,.]+ \w{3} \d{1,2}, \d{4} Active Edit Delete$/,
    );
    const condition = rowOf(el, aapl.Id)!.querySelector('[data-col="condition"]')!;
    expect(condition.querySelector('[aria-hidden="true"]')!.textContent).to.equal('≥');
    const tsla = seeded.find((a) => a.Symbol === 'TSLA')!;
    expect(rowText(rowOf(el, tsla.Id)!)).to.match(/TSLA Bid ≤ at or below/);
    await expect(el).to.be.accessible();
  });

  it('creates an alert after showing specific validation messages', async () => {
    const { el } = await mount(user);
    await eventually(() => rows(el).length === 3, 'loaded');
    button(el, 'New alert')!.click();
    await eventually(() => !!field(el, 'Price'), 'form open');
    setDate(el, 'Expires', day(-1));
    button(el, 'Create alert')!.click();
    await eventually(() => /Choose a symbol\./.test(textOf(el)), 'symbol needed');
    expect(messageOf(el, 'Price')).to.equal('Enter a price.');
    expect(messageOf(el, 'Expires')).to.equal('Choose an expiry date after today.');
    await expect(el).to.be.accessible();
    await pickSymbol(el, 'SNAP');
    await fill(el, 'Price', 'abc');
    await eventually(
      () => messageOf(el, 'Price') === 'Enter the price as a number, e.g. 150.25.',
      'not a number',
    );
    await fill(el, 'Price', '-1');
    await eventually(
      () => messageOf(el, 'Price') === 'The price must be greater than zero.',
      'negative',
    );
    await fill(el, 'Price', '12.345');
    await eventually(
      () => messageOf(el, 'Price') === 'The price must be a multiple of 0.01.',
      'off the tick',
    );
    await fill(el, 'Price', '25.50');
    setDate(el, 'Expires', day(10));
    await eventually(() => !messageOf(el, 'Price') && !messageOf(el, 'Expires'), 'valid');
    expect((await restAlerts(user)).length).to.equal(3);
    button(el, 'Create alert')!.click();
    await eventually(() => rows(el).length === 4, 'new alert listed');
    const created = (await restAlerts(user)).find((a) => a.Symbol === 'SNAP')!;
    expect(created).to.include({ Field: 'Last', Operator: 'GTEQ', Argument: 25.5, State: 'New' });
    expect(rowText(rowOf(el, created.Id)!)).to.match(/SNAP Last ≥ at or above 25\.50/);
    await expect(el).to.be.accessible();
  });

  it('works with the keyboard alone: creates an alert, then deletes it after confirming; Escape closes, focus is never lost', async () => {
    const session = await sessionFixture(
      html`<button id="before">Before</button><as-price-alerts></as-price-alerts>`,
      { user },
    );
    const el = session.querySelector<AutoSharesPriceAlerts>('as-price-alerts')!;
    await eventually(() => rows(el).length === 3, 'loaded');
    const focused = () => el.shadowRoot!.activeElement as HTMLElement | null;
    session.querySelector<HTMLButtonElement>('#before')!.focus();
    await press('Tab');
    expect(focused()).to.equal(button(el, 'New alert'));
    await press('Enter');
    // the form opens with focus in its symbol search; Escape closes it and focus goes back
    await eventually(() => focused()?.localName === 'as-symbol-search', 'focus on Symbol');
    await press('Escape');
    await eventually(() => !field(el, 'Price'), 'form closed by Escape');
    await eventually(() => focused() === button(el, 'New alert'), 'focus back on New alert');
    await press('Enter');
    await eventually(() => focused()?.localName === 'as-symbol-search', 'form open again');
    await type('SNAP');
    const search = el.shadowRoot!.querySelector('as-symbol-search')!;
    await eventually(() => !!search.shadowRoot!.querySelector('[role="option"]'), 'suggestions');
    await press('ArrowDown');
    await press('Enter');
    await eventually(() => textOf(el).includes('Selected: SNAP '), 'SNAP picked');
    await press('Tab');
    expect(focused()).to.equal(field(el, 'Price field'));
    await press('Tab');
    expect(focused()).to.equal(field(el, 'Condition'));
    await press('ArrowDown'); // ≥ → ≤
    await press('Tab');
    expect(focused()).to.equal(field(el, 'Price'));
    await type('25.50');
    await press('Tab');
    expect(focused()).to.equal(field(el, 'Expires'));
    const [year, month, date] = day(10).split('-');
    await type(`${month}${date}${year}`); // the date field's segments, as en-US shows them
    await eventually(() => field(el, 'Expires')!.value === day(10), 'expiry typed');
    await press('Enter'); // submits the form
    await eventually(() => rows(el).length === 4, 'new alert listed');
    await eventually(() => focused() === button(el, 'New alert'), 'focus on New alert again');
    const created = (await restAlerts(user)).find((a) => a.Symbol === 'SNAP')!;
    expect(created).to.include({ Field: 'Last', Operator: 'LTEQ', Argument: 25.5 });

    // delete it: Tab from the toolbar to the new row's Delete, Enter, then confirm with Enter
    session.querySelector<HTMLButtonElement>('#before')!.focus();
    const deleteSnap = button(el, /^Delete alert SNAP/)!;
    for (let i = 0; i < 20 && focused() !== deleteSnap; i++) await press('Tab');
    expect(focused(), 'Delete reached with Tab').to.equal(deleteSnap);
    await press('Enter');
    await eventually(() => focused() === button(el, 'Delete alert'), 'focus on the confirmation');
    await press('Escape');
    await eventually(() => focused() === deleteSnap, 'kept; focus back on its Delete');
    expect(rows(el)).to.have.length(4);
    await press('Enter');
    await eventually(() => focused() === button(el, 'Delete alert'), 'confirmation again');
    await press('Enter');
    await eventually(() => rows(el).length === 3, 'row removed');
    await eventually(() => focused() === button(el, 'New alert'), 'focus on New alert');
    expect((await restAlerts(user)).map((a) => a.Symbol)).to.not.include('SNAP');
  });

  it('modifies an alert', async () => {
    const { el } = await mount(user);
    await eventually(() => rows(el).length === 3, 'loaded');
    const aapl = (await restAlerts(user)).find((a) => a.Symbol === 'AAPL')!;
    button(el, /^Edit alert AAPL/)!.click();
    await eventually(() => !!field(el, 'Price'), 'edit form');
    expect(textOf(el)).to.include('Symbol: AAPL');
    await fill(el, 'Price', '999.99');
    const op = field<HTMLSelectElement>(el, 'Condition')!;
    op.value = 'LTEQ';
    op.dispatchEvent(new Event('change'));
    button(el, 'Save alert')!.click();
    await eventually(
      () => /AAPL Last ≤ at or below 999\.99/.test(rowText(rowOf(el, aapl.Id) ?? el)),
      'modified row',
    );
    const stored = (await restAlerts(user)).find((a) => a.Id === aapl.Id)!;
    expect(stored).to.include({ Argument: 999.99, Operator: 'LTEQ' });
  });

  it('deletes an alert after confirmation (Cancel keeps it)', async () => {
    const { el } = await mount(user);
    await eventually(() => rows(el).length === 3, 'loaded');
    button(el, /^Delete alert TSLA/)!.click();
    await eventually(() => !!button(el, 'Delete alert'), 'confirmation');
    expect(el.shadowRoot!.activeElement).to.equal(button(el, 'Delete alert'));
    await expect(el).to.be.accessible();
    button(el, 'Cancel')!.click();
    await eventually(() => !button(el, 'Delete alert'), 'cancelled');
    expect((await restAlerts(user)).length).to.equal(3);
    button(el, /^Delete alert TSLA/)!.click();
    await eventually(() => !!button(el, 'Delete alert'), 'confirmation again');
    button(el, 'Delete alert')!.click();
    await eventually(() => rows(el).length === 2, 'row removed');
    expect((await restAlerts(user)).map((a) => a.Symbol)).to.not.include('TSLA');
  });

  it('marks a triggered alert, fires as-alert-triggered, announces it and shows a toast with notify', async () => {
    await setPrice('SNAP', 10);
    const session = await sessionFixture(
      html`<as-price-alerts notify></as-price-alerts><as-price-alerts></as-price-alerts>`,
      { user },
    );
    const [el, quiet] = [...session.querySelectorAll<AutoSharesPriceAlerts>('as-price-alerts')] as [
      AutoSharesPriceAlerts,
      AutoSharesPriceAlerts,
    ];
    await eventually(() => rows(el).length === 3, 'loaded');
    button(el, 'New alert')!.click();
    await eventually(() => !!field(el, 'Price'), 'form open');
    await pickSymbol(el, 'SNAP');
    await fill(el, 'Price', '14.00');
    button(el, 'Create alert')!.click();
    await eventually(() => rows(el).length === 4, 'created');
    const alert = (await restAlerts(user)).find((a) => a.Symbol === 'SNAP')!;
    expect(rowOf(el, alert.Id)!.dataset.alertState).to.equal('New');
    const triggered = new Promise<AlertTriggeredEvent>((resolve) =>
      session.addEventListener('as-alert-triggered', resolve, { once: true }),
    );
    await setPrice('SNAP', 14.5);
    const event = await triggered;
    expect(event.alert).to.deep.equal({
      alertId: alert.Id,
      symbol: 'SNAP',
      condition: 'Last ≥ 14.00',
      price: 14,
    });
    // the event can come from either element, before this one has rendered the trigger
    const row = () => rowOf(el, alert.Id);
    await eventually(
      () => !!row()?.hasAttribute('data-triggered') && /Triggered just now/.test(rowText(row()!)),
      'the row marked triggered',
      5000,
      () => textOf(el),
    );
    await eventually(() => !!el.shadowRoot!.querySelector('[part="toast"]'), 'a toast shown');
    const toast = el.shadowRoot!.querySelector('[part="toast"]')!;
    expect(toast.getAttribute('role')).to.equal('status');
    expect(toast.textContent).to.match(/Alert triggered: SNAP last at or above 14\.00\./);
    await eventually(
      () =>
        /Alert triggered: SNAP last at or above 14\.00\./.test(
          el.shadowRoot!.querySelector('[aria-live="polite"]')?.textContent ?? '',
        ),
      'announced',
    );
    await expect(el).to.be.accessible();
    // the element without notify marks the row but shows no toast
    await eventually(() => !!rowOf(quiet, alert.Id)?.hasAttribute('data-triggered'), 'marked too');
    expect(quiet.shadowRoot!.querySelector('[part="toast"]')).to.equal(null);
    button(el, 'Dismiss notification')!.click();
    await eventually(() => !el.shadowRoot!.querySelector('[part="toast"]'), 'toast dismissed');
    expect((await restAlerts(user)).find((a) => a.Id === alert.Id)!.State).to.equal('Completed');
  });

  it('shows the empty, error (with Retry) and stopped states', async () => {
    const seeded = await restAlerts(user);
    const headers = {
      'Et-App-Key': user.appKey,
      Authorization: `Bearer ${user.token}`,
      'Content-Type': 'application/json',
    };
    const url = (id: number) => `${sandbox().apiUrl}/v1.0/users/@me/pricealerts/${id}`;
    const [first, ...rest] = seeded;
    // one alert stopped by the user elsewhere, the others deleted
    await fetch(url(first!.Id), {
      method: 'PUT',
      headers,
      body: JSON.stringify({
        State: 'Stopped',
        Operator: first!.Operator,
        Field: first!.Field,
        SecurityId: (first as RestAlert & { SecurityId: number }).SecurityId,
        Argument: first!.Argument,
        ExpirationDate: Math.floor(Date.now() / 1000) + 86_400 * 5,
      }),
    });
    for (const alert of rest) await fetch(url(alert.Id), { method: 'DELETE', headers });
    await fault({ serverError: { count: 30, status: 500 } }, user);
    const { el } = await mount(user);
    await eventually(() => !!button(el, 'Retry'), 'error with Retry', 8000);
    await expect(el).to.be.accessible();
    await clearFaults(user);
    // Retry is a shortcut: the list may already be back by itself
    button(el, 'Retry')?.click();
    await eventually(() => rows(el).length === 1, 'recovered');
    const row = rowOf(el, first!.Id)!;
    expect(row.querySelector('[data-col="state"]')!.textContent!.trim()).to.equal('Stopped');
    expect(button(el, /^Edit alert/)).to.equal(undefined);
    button(el, /^Delete alert/)!.click();
    await eventually(() => !!button(el, 'Delete alert'), 'confirm');
    button(el, 'Delete alert')!.click();
    await eventually(() => /You have no price alerts\./.test(textOf(el)), 'empty state');
    expect(button(el, 'New alert')).to.not.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('asks a signed-out user to sign in', async () => {
    const { el } = await mount(undefined);
    await eventually(() => /sign in/i.test(textOf(el)), 'signed out');
    expect(button(el, 'New alert')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });
});
