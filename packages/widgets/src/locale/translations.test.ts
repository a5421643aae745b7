/**
 * Translations: every widget, with data, under `<as-session locale>` de-DE and ja-JP shows no
 * English UI word: its visible text, its visually hidden text (captions, live regions) and its
 * accessible names (`aria-label`, `title`, `placeholder`) are checked against the words of the
 * English catalogue (the `<source>` strings of `xliff/de.xlf`). Data is not UI: the words of
 * company names, headlines, news sources, account and watchlist names are left out, as are the
 * few words listed below that the target language writes the same way.
 */
import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../elements/account-summary/define.ts';
import '../elements/account-value/define.ts';
import '../elements/activity/define.ts';
import '../elements/chart/define.ts';
import '../elements/equity-awards/define.ts';
import '../elements/funding/define.ts';
import '../elements/news/define.ts';
import '../elements/option-chain/define.ts';
import '../elements/agreements/define.ts';
import '../elements/order-ticket/define.ts';
import '../elements/orders/define.ts';
import '../elements/pnl-leaders/define.ts';
import '../elements/portfolio-performance/define.ts';
import '../elements/positions/define.ts';
import '../session/providers/define.ts';
import '../elements/price-alerts/define.ts';
import '../elements/quote/define.ts';
import '../elements/top-traded/define.ts';
import '../elements/watchlist/define.ts';
import { createTestUser, eventually, sessionFixture, type TestUser } from '../test/sandbox.ts';
import { englishShown, englishWords } from './english-words.test-support.ts';

interface Widget {
  tag: string;
  template: TemplateResult;
  /** Shown once the widget has its data. */
  loaded: string;
}

const WIDGETS: Widget[] = [
  {
    tag: 'as-quote',
    template: html`<as-quote symbol="AAPL"></as-quote>`,
    loaded: '[data-field="volume"]',
  },
  {
    tag: 'as-chart',
    template: html`<as-chart symbol="AAPL"></as-chart>`,
    loaded: '[part~="legend"] dd',
  },
  {
    tag: 'as-news',
    template: html`<as-news symbol="AAPL" limit="3"></as-news>`,
    loaded: 'time',
  },
  {
    tag: 'as-account-summary',
    template: html`<as-account-summary></as-account-summary>`,
    loaded: '[data-figure="cash"]',
  },
  {
    tag: 'as-orders',
    template: html`<as-orders filter="all"></as-orders>`,
    loaded: 'tr[data-order]',
  },
  { tag: 'as-positions', template: html`<as-positions></as-positions>`, loaded: 'tbody tr' },
  { tag: 'as-watchlist', template: html`<as-watchlist></as-watchlist>`, loaded: 'tbody tr' },
  {
    tag: 'as-price-alerts',
    template: html`<as-price-alerts></as-price-alerts>`,
    loaded: 'tbody tr',
  },
  {
    tag: 'as-order-ticket',
    template: html`<as-order-ticket symbol="AAPL" type="StopLimit"></as-order-ticket>`,
    loaded: '[data-quote="bid"]',
  },
  { tag: 'as-pnl-leaders', template: html`<as-pnl-leaders></as-pnl-leaders>`, loaded: '.side' },
  { tag: 'as-top-traded', template: html`<as-top-traded></as-top-traded>`, loaded: 'tbody tr' },
  { tag: 'as-activity', template: html`<as-activity></as-activity>`, loaded: 'tbody tr' },
  {
    tag: 'as-account-value',
    template: html`<as-account-value></as-account-value>`,
    loaded: '[data-value]',
  },
  {
    tag: 'as-option-chain',
    template: html`<as-option-chain symbol="AAPL"></as-option-chain>`,
    loaded: 'tbody tr',
  },
  {
    tag: 'as-agreements',
    template: html`<as-agreements></as-agreements>`,
    loaded: '[data-state="empty"]',
  },
  {
    tag: 'as-funding',
    template: html`<as-funding></as-funding>`,
    loaded: '[data-figure="cash"]',
  },
  {
    tag: 'as-portfolio-performance',
    template: html`<as-provider name="sharesight" endpoint="/sharesight-as/connected"></as-provider>
      <as-portfolio-performance period="all"></as-portfolio-performance>`,
    loaded: '[data-payout]',
  },
  {
    tag: 'as-equity-awards',
    template: html`<as-provider name="shareworks" endpoint="/shareworks-as/dana"></as-provider>
      <as-equity-awards></as-equity-awards>`,
    loaded: '[data-value]',
  },
];

describe('translations: no English UI word in de-DE and ja-JP', () => {
  let user: TestUser;
  let words: Set<string>;
  before(async () => {
    user = await createTestUser();
    words = await englishWords();
    expect(words.has('Equity') && words.has('Review'), 'the English catalogue is read').to.equal(
      true,
    );
  });

  for (const locale of ['de-DE', 'ja-JP']) {
    for (const widget of WIDGETS) {
      it(`${locale}: <${widget.tag}> with data`, async () => {
        const session = await sessionFixture(widget.template, { user, locale });
        const el = session.querySelector(widget.tag)!;
        await eventually(
          () => !!el.shadowRoot?.querySelector(widget.loaded),
          `${widget.tag} shows its data`,
          12_000,
        );
        let found: string[] = [];
        await eventually(
          () => {
            found = englishShown(el, locale, words);
            return found.length === 0;
          },
          `${widget.tag} in ${locale} without English`,
          5000,
          () => found.join(' | '),
        );
        expect(found).to.deep.equal([]);
        // translated names still hold their visible labels (axe: label-content-name-mismatch …)
        await expect(el).to.be.accessible();
      }).timeout(20_000);
    }
  }

  for (const [locale, sorted] of [
    ['de-DE', /^Sortiert nach Symbol, aufsteigend/],
    ['ja-JP', /^銘柄の昇順で並べ替えました/],
  ] as const) {
    it(`${locale}: announcements in the polite live region are translated (a sort)`, async () => {
      const session = await sessionFixture(html`<as-positions></as-positions>`, { user, locale });
      const el = session.querySelector('as-positions')!;
      const region = () => el.shadowRoot?.querySelector('[role="status"][aria-live="polite"]');
      const sortButton = () =>
        el.shadowRoot?.querySelector<HTMLButtonElement>('th.col-symbol button.sort');
      await eventually(
        () => !!el.shadowRoot?.querySelector('tbody tr') && !!sortButton(),
        'positions listed',
        12_000,
      );
      // the catalogue is in once the header is translated
      await eventually(
        () => englishShown(el, locale, words).length === 0,
        `positions in ${locale}`,
        5000,
      );
      sortButton()!.click();
      await eventually(
        () => sorted.test(region()?.textContent?.trim() ?? ''),
        `the sort announced in ${locale}`,
        5000,
        () => region()?.textContent?.trim() ?? '(no live region)',
      );
    }).timeout(20_000);
  }
});
