import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { AutoSharesSession } from '../../session/as-session.ts';
import { formatMoney, formatNumber, formatPercent } from '../../format/format.ts';
import { realClick } from '../../test/partner.ts';
import { requestsTo } from '../../test/requests.ts';
import { eventually, sessionFixture, textOf } from '../../test/sandbox.ts';
import { expectFitsNarrow } from '../../test/layout.ts';
import { button, focused, press } from '../../test/user.ts';
import '../../session/define.ts';
import '../../session/providers/define.ts';
import './define.ts';
import type { AutoSharesPortfolioPerformance } from './portfolio-performance.ts';
import type {
  GainFigures,
  IndexChartAnswer,
  PayoutsAnswer,
  PerformanceAnswer,
  PortfolioList,
} from './performance-data.ts';

const LOCALE = 'en-US';
const stateOf = (el: Element) =>
  el.shadowRoot?.querySelector('[data-state]')?.getAttribute('data-state') ?? 'content';
const root = (el: Element) => el.shadowRoot!;
const shown = (el: Element) => root(el).querySelector('[data-period-dates]') !== null;

/** A bridge path of a fresh, not yet connected Sharesight user of the test site. */
const freshUser = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 10)}`;

async function mount(user = 'connected', attributes = '') {
  const session = await sessionFixture(html`
    <as-provider
      name="sharesight"
      endpoint="/sharesight-as/${user}"
      sign-in-url="/sharesight-as/${user}/connect"
    ></as-provider>
  `);
  const el = document.createElement('as-portfolio-performance');
  for (const [name, value] of attributes
    .split(' ')
    .filter(Boolean)
    .map((a) => a.split('=')))
    el.setAttribute(name!, value!);
  session.append(el);
  return { session, el };
}

/** The bridge's own answer, read as the page reads it (same origin, the site's user). */
async function bridge<T>(user: string, path: string): Promise<T> {
  const response = await fetch(`/sharesight-as/${user}/${path}`);
  expect(response.status, `${path}: ${response.status}`).to.equal(200);
  return (await response.json()) as T;
}

/** The dates and grouping the element shows, and the bridge's report for exactly those. */
async function reportShown(el: Element, user = 'connected') {
  const [start, end] = root(el)
    .querySelector('[data-period-dates]')!
    .getAttribute('data-period-dates')!
    .split(' ');
  const grouping = root(el).querySelector('table')!.dataset.grouping!;
  const { portfolios } = await bridge<PortfolioList>(user, 'portfolios');
  const id = portfolios[0]!.id;
  const query = `start_date=${start}&end_date=${end}`;
  const performance = await bridge<PerformanceAnswer>(
    user,
    `portfolios/${id}/performance?${query}&grouping=${grouping}`,
  );
  return { id, start: start!, end: end!, query, report: performance.report };
}

const money = (value: number, currency: string) => formatMoney(value, LOCALE, currency);
const percent = (value: number) => formatPercent(value, LOCALE);
const cellText = (cell: Element | null | undefined) =>
  (cell?.textContent ?? '').replace(/\s+/g, ' ').trim();

function expectRowFigures(row: Element, figures: GainFigures, currency: string) {
  expect(cellText(row.querySelector('[data-col="value"]'))).to.equal(
    money(figures.value, currency),
  );
  for (const [col, amount, pct] of [
    ['capital', figures.capital_gain, figures.capital_gain_percent],
    ['payout', figures.payout_gain, figures.payout_gain_percent],
    ['currency', figures.currency_gain, figures.currency_gain_percent],
    ['total', figures.total_gain, figures.total_gain_percent],
  ] as const)
    expect(cellText(row.querySelector(`[data-col="${col}"]`)), col).to.equal(
      `${money(amount, currency)} ${percent(pct)}`,
    );
}

describe('<as-portfolio-performance>', () => {
  it("shows the connected person's value, gains and holdings as Sharesight computes them", async () => {
    const { el } = await mount();
    await eventually(
      () => shown(el),
      'performance shown',
      10000,
      () => textOf(el),
    );
    const { report } = await reportShown(el);
    const currency = report.currency.code;
    const figure = (key: string) => root(el).querySelector(`[data-figure="${key}"]`)!;
    expect(cellText(figure('value').querySelector('[data-amount]'))).to.equal(
      money(report.value, currency),
    );
    for (const [key, amount, pct] of [
      ['capital', report.capital_gain, report.capital_gain_percent],
      ['payout', report.payout_gain, report.payout_gain_percent],
      ['currency', report.currency_gain, report.currency_gain_percent],
      ['total', report.total_gain, report.total_gain_percent],
    ] as const) {
      expect(cellText(figure(key).querySelector('[data-amount]')), key).to.equal(
        money(amount, currency),
      );
      expect(cellText(figure(key).querySelector('[data-percent]')), key).to.equal(percent(pct));
    }
    const rows = [...root(el).querySelectorAll('tr[data-holding]')];
    expect(rows.map((r) => r.getAttribute('data-holding'))).to.have.members(
      report.holdings.map((h) => h.instrument.code),
    );
    for (const holding of report.holdings)
      expectRowFigures(
        root(el).querySelector(`tr[data-holding="${holding.instrument.code}"]`)!,
        holding,
        currency,
      );
    expectRowFigures(root(el).querySelector('tr[data-total]')!, report, currency);
    await expect(el).to.be.accessible();
  });

  it('asks for the picked period: the request dates change and the figures follow', async () => {
    const { el } = await mount('connected', 'period=1Y');
    await eventually(
      () => shown(el),
      'performance shown',
      10000,
      () => textOf(el),
    );
    const year = await reportShown(el);
    const today = new Date().toISOString().slice(0, 10);
    expect(year.end).to.equal(today);
    const months = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7));
    expect(months(year.end) - months(year.start)).to.equal(12);
    expect(
      requestsTo(`/performance?`).some((u) => u.includes(`start_date=${year.start}`)),
    ).to.equal(true);

    await realClick(button(el, /^3M,/)!);
    await eventually(
      () => reportDates(el) !== `${year.start} ${year.end}`,
      'the 3-month report',
      10000,
      () => textOf(el),
    );
    const quarter = await reportShown(el);
    expect(months(quarter.end) - months(quarter.start)).to.equal(3);
    expect(el.period).to.equal('3M');
    expect(
      requestsTo('/performance?').some(
        (u) => u.includes(`start_date=${quarter.start}`) && u.includes(`end_date=${quarter.end}`),
      ),
    ).to.equal(true);
    expect(button(el, /^3M,/)!.getAttribute('aria-pressed')).to.equal('true');

    await realClick(button(el, /^All,/)!);
    await eventually(
      () => reportDates(el) !== `${quarter.start} ${quarter.end}`,
      'the report since inception',
      10000,
      () => textOf(el),
    );
    const all = await reportShown(el);
    const { portfolios } = await bridge<PortfolioList>('connected', 'portfolios');
    expect(all.start).to.equal(portfolios[0]!.inception_date);
    expect(cellText(root(el).querySelector('[data-figure="payout"] [data-amount]'))).to.equal(
      money(all.report.payout_gain, all.report.currency.code),
    );
  });

  it('groups the holdings as picked, with each group’s subtotal from Sharesight', async () => {
    const { el } = await mount();
    await eventually(
      () => shown(el),
      'performance shown',
      10000,
      () => textOf(el),
    );
    const select = root(el).querySelector<HTMLSelectElement>('select[part="grouping-select"]')!;
    select.value = 'sector_classification';
    select.dispatchEvent(new Event('change'));
    await eventually(
      () => root(el).querySelector('table')?.dataset.grouping === 'sector_classification',
      'grouped by sector',
      10000,
      () => textOf(el),
    );
    expect(requestsTo('grouping=sector_classification').length).to.be.greaterThan(0);
    const { report } = await reportShown(el);
    const groups = [...root(el).querySelectorAll('tbody[data-group]')];
    expect(groups.map((g) => g.getAttribute('data-group'))).to.have.members(
      report.sub_totals.map((s) => s.group_name),
    );
    for (const sub of report.sub_totals) {
      const body = root(el).querySelector(`tbody[data-group="${sub.group_name}"]`)!;
      expectRowFigures(body.querySelector('tr.group')!, sub, report.currency.code);
      const codes = [...body.querySelectorAll('tr[data-holding]')].map((r) =>
        r.getAttribute('data-holding'),
      );
      expect(codes).to.have.members(
        report.holdings.filter((h) => h.group_id === sub.group_id).map((h) => h.instrument.code),
      );
    }
  });

  it('draws the performance index with a text summary of the same line', async () => {
    const { el } = await mount();
    await eventually(
      () => root(el).querySelector<HTMLElement>('.plot')?.dataset.points !== undefined,
      'index chart drawn',
      10000,
      () => textOf(el),
    );
    const { id, query } = await reportShown(el);
    const { performance_index_chart: chart } = await bridge<IndexChartAnswer>(
      'connected',
      `portfolios/${id}/index-chart?${query}`,
    );
    const plot = root(el).querySelector<HTMLElement>('.plot')!;
    expect(plot.dataset.points).to.equal(String(chart.dates.length));
    const line = chart.lines.find((l) => l.line_type === 'PORTFOLIO')!;
    const summary = root(el).querySelector('[data-summary]')!.textContent!;
    expect(summary).to.contain('Performance index, 1 year:');
    expect(summary).to.contain(formatNumber(line.values[0], LOCALE, 0));
    expect(summary).to.contain(formatNumber(line.values.at(-1), LOCALE, 0));
    expect(plot.getAttribute('aria-hidden')).to.equal('true');
  });

  it('lists the dividends paid in the period, and says when there were none', async () => {
    const { el } = await mount('connected', 'period=all');
    await eventually(
      () => shown(el),
      'performance shown',
      10000,
      () => textOf(el),
    );
    const { id, query } = await reportShown(el);
    const { payouts } = await bridge<PayoutsAnswer>(
      'connected',
      `portfolios/${id}/payouts?${query}`,
    );
    expect(payouts.length).to.be.greaterThan(0);
    const items = [...root(el).querySelectorAll('[data-payout]')];
    expect(items.map((i) => Number(i.getAttribute('data-payout')))).to.have.members(
      payouts.map((p) => p.id),
    );
    for (const p of payouts)
      expect(cellText(root(el).querySelector(`[data-payout="${p.id}"] [data-amount]`))).to.equal(
        money(p.amount, p.currency),
      );

    const before = reportDates(el);
    el.period = '1M';
    await eventually(
      () => reportDates(el) !== before,
      'the 1-month report',
      10000,
      () => textOf(el),
    );
    const month = await reportShown(el);
    const recent = await bridge<PayoutsAnswer>(
      'connected',
      `portfolios/${id}/payouts?${month.query}`,
    );
    if (recent.payouts.length === 0)
      await eventually(
        () => root(el).querySelector('[data-no-payouts]') !== null,
        'no dividends',
        10000,
        () => textOf(el),
      );
    else
      await eventually(
        () => root(el).querySelectorAll('[data-payout]').length === recent.payouts.length,
        'this month’s dividends',
      );
  });

  it('asks a person who has not connected Sharesight to connect, and shows the data once the popup’s grant is done', async () => {
    const user = freshUser('connect');
    const { el } = await mount(user);
    await eventually(
      () => stateOf(el) === 'signed-out',
      'not connected',
      10000,
      () => textOf(el),
    );
    expect(textOf(el)).to.contain('Connect your Sharesight account to see this.');
    await expect(el).to.be.accessible();
    const connect = button(el, 'Connect Sharesight');
    expect(connect, 'Connect Sharesight button').to.not.equal(undefined);
    await realClick(connect!);
    const landed = await executeServerCommand<string, object>(
      'autoshares-sharesight-grant-popup',
      {},
    );
    expect(new URL(landed).origin).to.equal(location.origin);
    await eventually(
      () => shown(el),
      'performance after connecting',
      15000,
      () => textOf(el),
    );
    const { report } = await reportShown(el, user);
    expect(cellText(root(el).querySelector('[data-figure="value"] [data-amount]'))).to.equal(
      money(report.value, report.currency.code),
    );
  });

  it('says so when the person has no Sharesight portfolio yet', async () => {
    const user = freshUser('empty');
    await executeServerCommand('autoshares-sharesight-connect', {
      user,
      login: { email: 'new@autoshares.example', password: 'new12345' },
    });
    const { el } = await mount(user);
    await eventually(
      () => stateOf(el) === 'empty',
      'empty',
      10000,
      () => textOf(el),
    );
    const { portfolios } = await bridge<PortfolioList>(user, 'portfolios');
    expect(portfolios).to.deep.equal([]);
    expect(textOf(el)).to.contain('No Sharesight portfolio yet.');
    await expect(el).to.be.accessible();
  });

  it('shows the bridge’s refusal of a portfolio that is not the person’s, with Retry', async () => {
    const { el } = await mount('connected', 'portfolio-id=481300');
    await eventually(
      () => stateOf(el) === 'error',
      'error',
      10000,
      () => textOf(el),
    );
    expect(textOf(el)).to.contain('There is no such portfolio among yours.');
    expect(button(el, 'Retry')).to.not.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('loads, then waits out Sharesight’s minute limit (the bridge’s 429), then shows the data', async () => {
    const user = freshUser('limited');
    await executeServerCommand('autoshares-sharesight-connect', { user });
    const previous = await executeServerCommand<number, { limit: number }>(
      'autoshares-sharesight-rate-limit',
      {
        limit: 0,
      },
    );
    try {
      const { el } = await mount(user);
      await eventually(
        () => stateOf(el) === 'loading',
        'loading',
        5000,
        () => textOf(el),
      );
      expect(textOf(el)).to.contain('Loading portfolio performance');
      await eventually(
        () => root(el).querySelector('[data-reason="rate-limited"]') !== null,
        'rate limited',
        15000,
        () => textOf(el),
      );
      expect(textOf(el)).to.contain(
        'Rate limited: Sharesight is receiving too many requests right now.',
      );
      await executeServerCommand('autoshares-sharesight-rate-limit', { limit: previous });
      await eventually(
        () => shown(el),
        'performance after the limit',
        15000,
        () => textOf(el),
      );
    } finally {
      await executeServerCommand('autoshares-sharesight-rate-limit', { limit: previous });
    }
  });

  it('keeps the figures shown, marked as earlier data, when a refresh is refused', async () => {
    const user = freshUser('stale');
    await executeServerCommand('autoshares-sharesight-connect', { user });
    const { el, session } = await mount(user);
    await eventually(
      () => shown(el),
      'performance shown',
      10000,
      () => textOf(el),
    );
    const value = cellText(root(el).querySelector('[data-figure="value"] [data-amount]'));
    const previous = await executeServerCommand<number, { limit: number }>(
      'autoshares-sharesight-rate-limit',
      {
        limit: 0,
      },
    );
    try {
      (session as AutoSharesSession).session!.client.queries.invalidate(['provider', 'sharesight']);
      await eventually(
        () => root(el).querySelector('[part~="stale"]') !== null,
        'earlier data marked',
        15000,
        () => textOf(el),
      );
      expect(cellText(root(el).querySelector('[data-figure="value"] [data-amount]'))).to.equal(
        value,
      );
    } finally {
      await executeServerCommand('autoshares-sharesight-rate-limit', { limit: previous });
    }
  });

  it('works by keyboard: the period buttons, the grouping picker and the scrollable table', async () => {
    const { el } = await mount();
    await eventually(
      () => shown(el),
      'performance shown',
      10000,
      () => textOf(el),
    );
    const threeMonths = button(el, /^3M,/)!;
    threeMonths.focus();
    await press('Enter');
    await eventually(() => el.period === '3M', '3M picked by Enter');
    await press('Tab');
    expect(focused()?.getAttribute('data-period')).to.equal('1Y');
    const select = root(el).querySelector<HTMLSelectElement>('select[part="grouping-select"]')!;
    const wrap = root(el).querySelector<HTMLElement>('.table-wrap')!;
    for (let i = 0; i < 4 && focused() !== select; i++) await press('Tab');
    expect(focused()).to.equal(select);
    await press('Tab');
    expect(focused() === wrap, 'the table region takes focus').to.equal(true);
    expect(wrap.getAttribute('aria-labelledby')).to.equal('holdings-title');
  });

  it('fits 280 px: secondary columns drop, nothing overflows', async () => {
    const { el } = await mount();
    await eventually(
      () => shown(el),
      'performance shown',
      10000,
      () => textOf(el),
    );
    await expectFitsNarrow(el as AutoSharesPortfolioPerformance, {
      hidden: () => {
        const wrap = root(el).querySelector('.table-wrap')!;
        const drop = wrap.getAttribute('data-drop') ?? '';
        return drop.includes('currency') && wrap.scrollWidth <= wrap.clientWidth + 1;
      },
      hiddenMessage: 'currency column dropped',
      box: '.table-wrap',
    });
    const toolbar = root(el).querySelector<HTMLElement>('.toolbar')!;
    expect(toolbar.scrollWidth).to.be.at.most(toolbar.clientWidth + 1);
  });
});

/** The period the element's report covers, `start end`. */
function reportDates(el: Element): string | null {
  return root(el).querySelector('[data-period-dates]')?.getAttribute('data-period-dates') ?? null;
}
