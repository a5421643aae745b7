/**
 * The Price column of `<as-orders>`: a working order's limit (or stop) price is a right-aligned
 * figure in its own column, formatted for the locale, and stays in view at every width from a
 * phone (280 px) to a desktop; rows are named by symbol, side, quantity, type, price and status.
 */
import { expect, html } from '@open-wc/testing';
import { createTestUser, eventually, sessionFixture, type TestUser } from '../../test/sandbox.ts';
import { restOrders, restPlace, type RestOrder } from '../positions/portfolio.test-support.ts';
import './define.ts';
import type { AutoSharesOrders } from './orders.ts';

const priceCell = (el: AutoSharesOrders, id: number) =>
  el.shadowRoot!.querySelector<HTMLElement>(`tr[data-order="${id}"] td.col-price`);

/** The cell lies wholly inside the table's visible box (not clipped, not scrolled away). */
function inView(el: AutoSharesOrders, cell: HTMLElement): boolean {
  const box = el.shadowRoot!.querySelector('.table-wrap')!.getBoundingClientRect();
  const rect = cell.getBoundingClientRect();
  return rect.width > 0 && rect.left >= box.left - 1 && rect.right <= box.right + 1;
}

/**
 * A row's name as `aria-labelledby` composes it: the text of each referenced cell, in order
 * (every referenced id must exist in the element).
 */
function rowName(el: AutoSharesOrders, id: number): string {
  const root = el.shadowRoot!;
  const ids = root.querySelector(`tr[data-order="${id}"]`)!.getAttribute('aria-labelledby')!;
  return ids
    .split(' ')
    .map((ref) => {
      const part = root.getElementById(ref);
      expect(part, `#${ref}`).to.not.equal(null);
      return part!.textContent!.replace(/\s+/g, ' ').trim();
    })
    .join(' ');
}

describe('<as-orders> Price column', () => {
  let user: TestUser;
  let msft: RestOrder;
  beforeEach(async () => {
    user = await createTestUser();
    msft = (await restOrders(user)).find((o) => o.Status === 'New' && o.Symbol === 'MSFT')!;
    expect(msft, 'the seeded open MSFT limit order').to.not.equal(undefined);
  });

  it('shows the limit price right-aligned in view at 1200, 400, 340 and 280 px', async () => {
    const session = await sessionFixture(html`<as-orders style="display:block"></as-orders>`, {
      user,
    });
    const el = session.querySelector('as-orders')!;
    const shown = msft.Price.toLocaleString('en-US', { minimumFractionDigits: 2 });
    await eventually(() => !!priceCell(el, msft.Id), 'MSFT listed', 8000);
    expect(el.shadowRoot!.querySelector('th.col-price')!.textContent!.trim()).to.equal('Price');
    expect(priceCell(el, msft.Id)!.textContent!.trim()).to.equal(shown);
    expect(getComputedStyle(priceCell(el, msft.Id)!).textAlign).to.match(/^(end|right)$/);
    // the Type column names the type only; the price is not repeated there
    const type = el.shadowRoot!.querySelector(`tr[data-order="${msft.Id}"] td.col-type`)!;
    expect(type.textContent!.trim()).to.equal('Limit');
    for (const width of [1200, 400, 340, 280]) {
      el.style.width = `${width}px`;
      await eventually(
        () => inView(el, priceCell(el, msft.Id)!),
        `the price in view at ${width} px`,
        5000,
        () => el.shadowRoot!.querySelector('.table-wrap')!.getAttribute('data-drop') ?? '',
      );
    }
    // at 280 px the dropped side and type read under the symbol
    const symbolCell = el.shadowRoot!.querySelector(`tr[data-order="${msft.Id}"] .col-symbol`)!;
    await eventually(
      () => /MSFT\s*Buy\s*Limit/.test((symbolCell as HTMLElement).innerText),
      'side and type under the symbol',
    );
    await expect(el).to.be.accessible();
  });

  it('a stop limit shows its limit price with the stop under it; de-DE formats both', async () => {
    const placed = await restPlace(user, {
      Symbol: 'KO',
      Type: 'StopLimit',
      Side: 'Buy',
      Quantity: 1,
      StopPrice: 9876.5,
      Price: 9990.25,
      TimeInforce: 'GoodTillCancel',
    });
    const session = await sessionFixture(html`<as-orders></as-orders>`, { user, locale: 'de-DE' });
    const el = session.querySelector('as-orders')!;
    await eventually(() => !!priceCell(el, placed.Id), 'the stop limit listed', 8000);
    await eventually(
      () => /^9\.990,25\s*Stopp 9\.876,50$/.test(priceCell(el, placed.Id)!.innerText.trim()),
      'limit, then stop, in German figures',
      5000,
      () => priceCell(el, placed.Id)!.innerText,
    );
  });

  it('names each order row by symbol, side, quantity, type, price and status', async () => {
    const session = await sessionFixture(html`<as-orders></as-orders>`, { user });
    const el = session.querySelector('as-orders')!;
    await eventually(() => !!priceCell(el, msft.Id), 'MSFT listed', 8000);
    const shown = msft.Price.toLocaleString('en-US', { minimumFractionDigits: 2 });
    expect(rowName(el, msft.Id)).to.equal(
      `MSFT Side Buy Quantity ${msft.Quantity} Type Limit Price ${shown} Status New`,
    );
  });
});
