import { expect, html } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
// The whole kit, as a page would import it: this must not download the chart library.
import '../../index.ts';
import '../../test/probe-element.ts';
import { requestsTo } from '../../test/requests.ts';
import type { AutoSharesSession } from '../../session/as-session.ts';
import {
  createTestUser,
  eventually,
  nextEvent,
  sandbox,
  sessionFixture,
  setPrice,
  textOf,
  type TestUser,
} from '../../test/sandbox.ts';
import { button, press } from '../../test/user.ts';
import {
  expectLoadingState,
  expectSignedOutState,
  expectStaleWhileDisconnected,
  expectUnknownSymbolError,
} from '../../test/states.ts';
import type { AutoSharesChart } from './chart.ts';

/** Resources the page has fetched whose URL mentions `part`. */
const fetched = requestsTo;
const chartLibraryLoadedAtImport = fetched('lightweight-charts').length > 0;

const summary = (el: AutoSharesChart) =>
  el.shadowRoot!.querySelector('[data-summary]')?.textContent?.trim() ?? '';
const legend = (el: AutoSharesChart) =>
  el.shadowRoot!.querySelector('[part="legend"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const plot = (el: AutoSharesChart) => el.shadowRoot!.querySelector<HTMLElement>('.plot');
const canvas = (el: AutoSharesChart) => plot(el)?.querySelector('canvas');
const pressed = (el: AutoSharesChart) =>
  el.shadowRoot!.querySelector('[aria-pressed="true"]')?.textContent?.trim();

async function mount(
  user: TestUser | undefined,
  template = html`<as-chart symbol="AAPL"></as-chart>`,
  theme?: 'light' | 'dark',
) {
  const session = await sessionFixture(template, {
    user,
    appKey: user?.appKey ?? sandbox().appKey,
    theme,
  });
  return { session, el: session.querySelector<AutoSharesChart>('as-chart')! };
}

const isDrawn = (el: AutoSharesChart) =>
  /^AAPL|^[A-Z]+, /.test(summary(el)) && !!canvas(el) && plot(el)?.dataset.ready === 'true';

async function drawn(el: AutoSharesChart) {
  await eventually(() => isDrawn(el), 'chart drawn', 8000);
}

/** "last 123.45" in the summary, as a number. */
const summaryLast = (el: AutoSharesChart) =>
  Number(/last ([\d,.]+)/.exec(summary(el))?.[1]?.replace(/,/g, '') ?? NaN);

describe('<as-chart>', () => {
  let user: TestUser;
  beforeEach(async () => {
    user = await createTestUser();
  });

  it('loads the chart library only when a chart is used', async () => {
    expect(chartLibraryLoadedAtImport, 'loaded by importing the kit').to.equal(false);
    expect(customElements.get('as-chart'), 'as-chart registered by the index').to.not.equal(
      undefined,
    );
    expect(fetched('lightweight-charts')).to.have.length(0);
    const { el } = await mount(user);
    await drawn(el);
    expect(fetched('lightweight-charts').length).to.be.greaterThan(0);
  });

  it('draws candles and volume with a legend and an accessible summary', async () => {
    const { el } = await mount(user);
    await drawn(el);
    expect(summary(el)).to.match(
      /^AAPL, 1 month, daily candles: open [\d,.]+, high [\d,.]+, low [\d,.]+, last [\d,.]+, change (▲ \+|▼ \u2212|0)/,
    );
    expect(legend(el)).to.match(/Open.*[\d.]+.*High.*Low.*Close.*Volume/);
    expect(pressed(el)).to.equal('1M');
    expect(el.shadowRoot!.querySelector('a[href="https://www.tradingview.com/"]')).to.not.equal(
      null,
    );
    await expect(el).to.be.accessible();
  });

  it('switches periods with the buttons: a new request, and the legend and summary follow', async () => {
    const { el } = await mount(user);
    await drawn(el);
    const requests = fetched('/history/symbols').length;
    const changed = nextEvent(document, 'as-period-change');
    button(el, /5 days/)!.click();
    expect((await changed).period).to.equal('5D');
    await eventually(() => summary(el).startsWith('AAPL, 5 days, 30-minute candles'), '5D summary');
    await eventually(() => fetched('/history/symbols').length > requests, 'a new history request');
    expect(pressed(el)).to.equal('5D');
    expect(el.getAttribute('period')).to.equal('5D');
    // intraday bars: the legend shows a time of day
    await eventually(() => /\d{1,2}:\d{2}/.test(legend(el)), 'a time of day in the legend');
    button(el, /3 months/)!.click();
    await eventually(() => summary(el).startsWith('AAPL, 3 months, daily'), '3M summary');
    button(el, /1 month/)!.click();
    await eventually(() => summary(el).startsWith('AAPL, 1 month, daily'), 'back to 1M');
    await expect(el).to.be.accessible();
  });

  it('works with the keyboard alone: Tab walks the period buttons, Enter and Space pick one', async () => {
    const { session, el } = await mount(
      user,
      html`<button id="before">Before</button><as-chart symbol="AAPL"></as-chart>`,
    );
    await drawn(el);
    const focusedName = () => el.shadowRoot!.activeElement?.getAttribute('aria-label');
    session.querySelector<HTMLButtonElement>('#before')!.focus();
    await press('Tab');
    expect(focusedName()).to.equal('1D, 1 day');
    await press('Tab');
    expect(focusedName()).to.equal('5D, 5 days');
    await press('Enter');
    await eventually(
      () => summary(el).startsWith('AAPL, 5 days, 30-minute candles'),
      '5D by Enter',
    );
    expect(pressed(el)).to.equal('5D');
    await press('Tab');
    await press('Tab');
    expect(focusedName()).to.equal('3M, 3 months');
    await press(' ');
    await eventually(() => summary(el).startsWith('AAPL, 3 months, daily'), '3M by Space');
    expect(pressed(el)).to.equal('3M');
    // the plot is not a tab stop: after the last period comes the attribution link
    await press('Tab');
    await press('Tab');
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal(
      'TradingView Lightweight Charts',
    );
    await sendKeys({ down: 'Shift' });
    await press('Tab');
    await sendKeys({ up: 'Shift' });
    expect(focusedName()).to.equal('1Y, 1 year');
  });

  it('moves its last bar with the live price', async () => {
    const { el } = await mount(user);
    await drawn(el);
    const high = Number(/high ([\d,.]+)/.exec(summary(el))![1]!.replace(/,/g, ''));
    const target = Math.round(high * 1.25 * 100) / 100;
    await setPrice('AAPL', target);
    const shown = target.toLocaleString('en-US', { minimumFractionDigits: 2 });
    await eventually(() => summaryLast(el) === target, 'the last bar closes at the live price');
    // the forced price is the period's new high, and the legend's last bar shows it
    expect(summary(el)).to.contain(`high ${shown}`);
    await eventually(
      () => legend(el).includes(`Close ${shown}`),
      "the legend's last bar closes at it",
      5000,
      () => legend(el),
    );
  });

  it('shows the hovered bar in the legend (crosshair), and the last bar otherwise', async () => {
    const { el } = await mount(user);
    el.style.width = '600px';
    await drawn(el);
    // the bar's date: prices of the last bar may tick meanwhile
    const legendTime = () => el.shadowRoot!.querySelector('.legend .time dd')?.textContent?.trim();
    const lastBarTime = legendTime();
    expect(lastBarTime).to.match(/\d{4}/);
    const rect = plot(el)!.getBoundingClientRect();
    try {
      await sendMouse({
        type: 'move',
        position: [Math.round(rect.left + 40), Math.round(rect.top + rect.height / 2)],
      });
      await eventually(() => legendTime() !== lastBarTime, 'the legend describes the hovered bar');
      expect(legend(el)).to.match(/Open.*High.*Low.*Close.*Volume/);
      await sendMouse({ type: 'move', position: [0, 0] });
      await eventually(() => legendTime() === lastBarTime, 'back to the last bar');
    } finally {
      await resetMouse();
    }
  });

  it('draws moving-average overlays from the history endpoint', async () => {
    const { el } = await mount(
      user,
      html`<as-chart symbol="AAPL" indicators="sma:5,ema:10"></as-chart>`,
    );
    await drawn(el);
    await eventually(
      () => /SMA 5 [\d,.]+/.test(legend(el)) && /EMA 10 [\d,.]+/.test(legend(el)),
      'overlay values in the legend',
    );
  });

  it('moves the overlays with the live last bar', async () => {
    const { el } = await mount(
      user,
      html`<as-chart symbol="AAPL" indicators="sma:1,ema:3"></as-chart>`,
    );
    await drawn(el);
    const value = (label: string) => {
      const match = new RegExp(`${label} ([\\d,.]+)`).exec(legend(el));
      return match ? Number(match[1]!.replace(/,/g, '')) : undefined;
    };
    await eventually(() => value('EMA 3') !== undefined, 'overlay values in the legend');
    const emaBefore = value('EMA 3')!;
    await setPrice('AAPL', 612.34);
    // SMA 1 is the last close itself; EMA 3 moves half-way from its previous point to it
    await eventually(() => value('SMA 1') === 612.34, 'SMA 1 follows the forced price');
    await eventually(() => value('EMA 3') !== emaBefore, 'EMA 3 moved');
    expect(value('EMA 3')!).to.be.greaterThan(Math.min(emaBefore, 612.34) - 0.01);
    expect(value('EMA 3')!).to.be.lessThan(612.34);
  });

  it('follows the theme: colours re-applied when the session theme or the colour scheme changes', async () => {
    const { session, el } = await mount(user, undefined, 'light');
    await drawn(el);
    const colours = () => ({ ...plot(el)!.dataset });
    await eventually(() => colours().background === 'rgb(255, 255, 255)', 'light background');
    const light = colours();
    (session as AutoSharesSession).theme = 'dark';
    await eventually(() => colours().background === 'rgb(18, 22, 28)', 'dark background');
    expect(colours().textColor).not.to.equal(light.textColor);
    expect(colours().upColor).not.to.equal(light.upColor);
    // no explicit theme: follows prefers-color-scheme
    (session as AutoSharesSession).theme = undefined;
    await emulateMedia({ colorScheme: 'light' });
    try {
      await eventually(() => colours().background === 'rgb(255, 255, 255)', 'light scheme');
      await emulateMedia({ colorScheme: 'dark' });
      await eventually(() => colours().background === 'rgb(18, 22, 28)', 'dark scheme');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
    await eventually(() => colours().background === 'rgb(255, 255, 255)', 'light again');
    // a page-level token override (plain CSS, no event of ours) is picked up too
    document.documentElement.style.setProperty('--as-surface', 'rgb(1, 2, 3)');
    try {
      await eventually(() => colours().background === 'rgb(1, 2, 3)', 'page override applied');
    } finally {
      document.documentElement.style.removeProperty('--as-surface');
    }
  });

  it('resizes with its container', async () => {
    const { el } = await mount(user);
    el.style.width = '600px';
    await drawn(el);
    await eventually(() => Math.abs(canvas(el)!.getBoundingClientRect().width - 600) < 120, 'wide');
    el.style.width = '300px';
    await eventually(() => canvas(el)!.getBoundingClientRect().width < 300, 'narrow');
    await expect(el).to.be.accessible();
  });

  it("formats prices in the session's locale, or the element's own", async () => {
    const session = await sessionFixture(html`<as-chart symbol="AAPL"></as-chart>`, {
      user,
      locale: 'de-DE',
    });
    const el = session.querySelector<AutoSharesChart>('as-chart')!;
    await drawn(el);
    // German words (once the catalogue is in) and numbers
    await eventually(
      () => /zuletzt \d{1,3}(\.\d{3})*,\d{2},/.test(summary(el)),
      'German summary',
      5000,
      () => summary(el),
    );
    el.setAttribute('locale', 'en-US');
    await eventually(() => /last [\d,]+\.\d{2},/.test(summary(el)), 'element locale wins');
  });

  it('draws and resizes inside another component’s shadow root', async () => {
    const { session } = await mount(user, html``);
    const host = document.createElement('div');
    host.style.width = '500px';
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<section><as-chart symbol="MSFT"></as-chart></section>';
    session.append(host);
    const el = root.querySelector<AutoSharesChart>('as-chart')!;
    await eventually(
      () => summary(el).startsWith('MSFT, 1 month') && plot(el)?.dataset.ready === 'true',
      'chart drawn inside a shadow root',
      8000,
    );
    await eventually(() => canvas(el)!.getBoundingClientRect().width > 400, 'fills 500 px');
    host.style.width = '320px';
    await eventually(() => canvas(el)!.getBoundingClientRect().width < 320, 'follows to 320 px');
  });

  it('follows its link group', async () => {
    const { session, el } = await mount(
      user,
      html`<as-chart symbol="AAPL" link-group="c1"></as-chart
        ><as-test-probe link-group="c1"></as-test-probe>`,
    );
    await drawn(el);
    button(session.querySelector('as-test-probe')!, 'Select MSFT')!.click();
    await eventually(() => summary(el).startsWith('MSFT, 1 month'), 'MSFT charted');
  });

  describe('states', () => {
    it('loading: a skeleton announced as loading', async () => {
      await expectLoadingState(user, mount, 'Loading chart', { latencyMs: 1500, loaded: isDrawn });
    });

    it('empty: asks for a symbol', async () => {
      const { el } = await mount(user, html`<as-chart></as-chart>`);
      await eventually(() => textOf(el).includes('Choose a symbol'), 'empty state');
      await expect(el).to.be.accessible();
    });

    it('error: an unknown symbol gives a readable error with Retry', async () => {
      await expectUnknownSymbolError(user, mount, {
        template: html`<as-chart symbol="NOPEX"></as-chart>`,
        knownSymbol: 'MSFT',
        recovered: isDrawn,
        recoveredTimeout: 8000,
      });
    });

    it('stale: shows "Delayed — reconnecting" while the quote stream is down, chart still shown', async () => {
      const el = await expectStaleWhileDisconnected(user, mount, {
        shown: isDrawn,
        stream: 'quote',
        kept: (el) => expect(canvas(el)).to.not.equal(null),
      });
      await eventually(
        () => !textOf(el).includes('Delayed — reconnecting'),
        'badge gone after reconnect',
        15000,
      );
    }).timeout(20000);

    it('signed out: says so and offers to sign in', async () => {
      await expectSignedOutState(mount);
    });
  });
});
