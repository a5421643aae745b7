import { expect, html } from '@open-wc/testing';
import { createTestUser, eventually, sandbox, textOf, type TestUser } from '../../test/sandbox.ts';
import { button, field, focused, press } from '../../test/user.ts';
import { expectFitsNarrow } from '../../test/layout.ts';
import {
  expectErrorThenRetry,
  expectLoadingState,
  expectSignedOutState,
  mountElement,
} from '../../test/states.ts';
import { formatPrice } from '../../format/format.ts';
import './define.ts';
import type { AutoSharesActivity } from './activity.ts';

const mount = mountElement<AutoSharesActivity>(
  'as-activity',
  html`<as-activity page-size="10"></as-activity>`,
);

const rows = (el: AutoSharesActivity) => [
  ...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr'),
];
const rowIds = (el: AutoSharesActivity) => rows(el).map((r) => Number(r.dataset.id));
const pagerText = (el: AutoSharesActivity) =>
  el.shadowRoot!.querySelector('[data-range]')?.textContent?.trim() ?? '';
const totalText = (el: AutoSharesActivity) =>
  el.shadowRoot!.querySelector('[data-total]')?.textContent?.trim() ?? '';

interface ServerPage {
  Result: Array<{ Id: number; Type: string; Value: number }>;
  TotalCount: number;
}

/** The activity page the server answers the user for (`GET …/activity`). */
async function serverPage(
  user: TestUser,
  query: { pageNumber?: number; pageSize?: number; filter?: string },
): Promise<ServerPage> {
  const params = new URLSearchParams({
    pageSize: String(query.pageSize ?? 10),
    pageNumber: String(query.pageNumber ?? 0),
    sortBy: 'Date',
    isAsc: 'false',
  });
  if (query.filter) params.set('filter', query.filter);
  const response = await fetch(
    `${sandbox().apiUrl}/v1.0/accounts/${user.accountIds[0]}/activity?${params}`,
    { headers: { Authorization: `Bearer ${user.token}`, 'Et-App-Key': user.appKey } },
  );
  expect(response.status).to.equal(200);
  return (await response.json()) as ServerPage;
}

/** The statement file the server serves for a filter (`Accept: text/csv`). */
async function serverCsv(user: TestUser, filter: string): Promise<string> {
  const params = new URLSearchParams({
    sortBy: 'Date',
    isAsc: 'false',
    reportEnum: 'CsvReport',
    filter,
  });
  const response = await fetch(
    `${sandbox().apiUrl}/v1.0/accounts/${user.accountIds[0]}/activity/report?${params}`,
    {
      headers: {
        Accept: 'text/csv',
        Authorization: `Bearer ${user.token}`,
        'Et-App-Key': user.appKey,
      },
    },
  );
  expect(response.status).to.equal(200);
  return response.text();
}

async function loaded(user: TestUser) {
  const mounted = await mount(user);
  await eventually(
    () => rows(mounted.el).length > 0,
    'activity rows',
    8000,
    () => textOf(mounted.el),
  );
  return mounted;
}

function chooseType(el: AutoSharesActivity, type: string) {
  const select = field<HTMLSelectElement>(el, 'Type')!;
  select.value = type;
  select.dispatchEvent(new Event('change'));
}

describe('<as-activity>', () => {
  let user: TestUser;
  beforeEach(async () => {
    user = await createTestUser();
  });

  it('lists the newest entries the server has, with the total of the page', async () => {
    const { el } = await loaded(user);
    const server = await serverPage(user, {});
    expect(rowIds(el)).to.deep.equal(server.Result.map((t) => t.Id));
    const cents = server.Result.reduce((sum, t) => sum + Math.round(t.Value * 100), 0);
    expect(totalText(el)).to.equal(formatPrice(cents / 100));
    expect(pagerText(el)).to.equal(`Entries 1–10 of ${server.TotalCount.toLocaleString('en-US')}`);
    await expect(el).to.be.accessible();
  });

  it('filters by type: the rows are the server’s Payment entries, all of them Payments', async () => {
    const { el } = await loaded(user);
    const select = field<HTMLSelectElement>(el, 'Type')!;
    const offered = [...select.options].map((o) => o.value);
    expect(offered).to.include.members(['', 'Payment', 'OrderExecution', 'Commission']);
    chooseType(el, 'Payment');
    const server = await serverPage(user, { filter: "Type = 'Payment'" });
    expect(server.Result.length).to.be.greaterThan(0);
    await eventually(
      () => rowIds(el).join() === server.Result.map((t) => t.Id).join(),
      'the Payment rows',
      8000,
      () => rowIds(el).join(),
    );
    expect(rows(el).every((r) => r.dataset.type === 'Payment')).to.equal(true);
    expect(el.type).to.equal('Payment');
    expect(el.shadowRoot!.querySelector('caption')!.textContent).to.contain('Payment');
  });

  it('pages: Next shows the server’s second page, Previous the first again', async () => {
    const { el } = await loaded(user);
    const first = rowIds(el);
    const second = await serverPage(user, { pageNumber: 1 });
    button(el, 'Next')!.click();
    await eventually(
      () => rowIds(el).join() === second.Result.map((t) => t.Id).join(),
      'page 2',
      8000,
      () => rowIds(el).join(),
    );
    expect(pagerText(el)).to.match(/^Entries 11–20 of /);
    button(el, 'Previous')!.click();
    await eventually(() => rowIds(el).join() === first.join(), 'page 1 again', 8000);
  });

  it('exports the selection: the downloaded file is the server’s CSV report, named after it', async () => {
    const { el } = await loaded(user);
    chooseType(el, 'Payment');
    await eventually(
      () => rows(el).length > 0 && rows(el).every((r) => r.dataset.type === 'Payment'),
      'filtered',
      8000,
    );
    // the download is intercepted: the anchor's click records it, the Blob it points to is kept
    const downloads: Array<{ href: string; name: string }> = [];
    const blobs = new Map<string, Blob>();
    const click = HTMLAnchorElement.prototype.click;
    const createObjectURL = URL.createObjectURL;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push({ href: this.href, name: this.download });
    };
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      const url = createObjectURL(blob);
      if (blob instanceof Blob) blobs.set(url, blob);
      return url;
    };
    try {
      button(el, 'Export CSV')!.click();
      await eventually(() => downloads.length === 1, 'a download', 8000);
    } finally {
      HTMLAnchorElement.prototype.click = click;
      URL.createObjectURL = createObjectURL;
    }
    const blob = blobs.get(downloads[0]!.href)!;
    expect(blob.type).to.match(/^text\/csv/);
    const content = await blob.text();
    expect(downloads[0]!.href.startsWith('blob:')).to.equal(true);
    expect(downloads[0]!.name).to.equal(`activity-${user.accountIds[0]}-payment.csv`);
    expect(content).to.equal(await serverCsv(user, "Type = 'Payment'"));
    expect(content.split('\r\n')[0]).to.equal(
      'Id,Date,SettlementDate,Type,Code,Symbol,Quantity,Price,Value,Description',
    );
    await eventually(() => textOf(el).includes('Exported'), 'the export announced');
  });

  it('a start date after the end date: a specific message, no request, no export', async () => {
    const { el } = await loaded(user);
    const from = field(el, 'From')!;
    from.value = '2026-03-10';
    from.dispatchEvent(new Event('change'));
    const to = field(el, 'To')!;
    to.value = '2026-03-01';
    to.dispatchEvent(new Event('change'));
    await eventually(
      () => textOf(el).includes('The start date is after the end date.'),
      'range message',
    );
    expect(rows(el)).to.have.length(0);
    expect(button(el, 'Export CSV')!.disabled).to.equal(true);
  });

  it('a date range shows only entries of those days', async () => {
    const { el } = await loaded(user);
    const newest = rows(el)[0]!;
    // the day of the newest entry, as the browser sees it
    const server = await serverPage(user, { pageSize: 1 });
    const day = new Date((server.Result[0] as unknown as { Date: string }).Date);
    const iso = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
    const from = field(el, 'From')!;
    from.value = iso;
    from.dispatchEvent(new Event('change'));
    await eventually(
      () => rows(el).length > 0 && !pagerText(el).endsWith(`of ${server.TotalCount}`),
      'fewer entries',
      8000,
      () => pagerText(el),
    );
    expect(rowIds(el)[0]).to.equal(Number(newest.dataset.id));
  });

  it('keyboard: Tab from the Export button reaches the rows (one tab stop), arrows move between them', async () => {
    const { el } = await loaded(user);
    button(el, 'Export CSV')!.focus();
    const isRow = (node: Element | null) =>
      !!node && rows(el).includes(node as HTMLTableRowElement);
    for (let i = 0; i < 10 && !isRow(focused()); i++) await press('Tab');
    expect(focused() === rows(el)[0], 'Tab reaches the first row').to.equal(true);
    await press('ArrowDown');
    expect(focused() === rows(el)[1], 'ArrowDown: the second row').to.equal(true);
    await press('End');
    expect(focused() === rows(el).at(-1), 'End: the last row').to.equal(true);
    // the row is named after its date, type, description and amount
    const row = rows(el).at(-1)!;
    const name = row
      .getAttribute('aria-labelledby')!
      .split(' ')
      .map((id) => el.shadowRoot!.getElementById(id)?.textContent?.trim())
      .join(' ');
    expect(name).to.contain('Amount');
    expect(name).to.contain(row.querySelector('.col-amount')!.textContent!.trim());
    // one tab stop: Tab leaves the rows for the pager
    await press('Tab');
    expect(isRow(focused())).to.equal(false);
  });

  it('narrow: fits 280 px, secondary columns dropped, the type under the date', async () => {
    const { el } = await loaded(user);
    el.style.display = 'block';
    await expectFitsNarrow(el, {
      hidden: () =>
        getComputedStyle(el.shadowRoot!.querySelector('td.col-type')!).display === 'none' &&
        getComputedStyle(el.shadowRoot!.querySelector('.type-inline')!).display === 'block',
      hiddenMessage: 'the type column hidden, the type under the date',
      box: '.table-wrap',
    });
  });

  describe('states', () => {
    it('error then Retry', async () => {
      await expectErrorThenRetry(user, mount, { recovered: (el) => rows(el).length > 0 });
    }).timeout(30000);

    it('loading: a skeleton announced as loading', async () => {
      await expectLoadingState(user, mount, 'Loading activity');
    });

    it('signed out: says so and offers to sign in', async () => {
      await expectSignedOutState(mount);
    });
  });
});
