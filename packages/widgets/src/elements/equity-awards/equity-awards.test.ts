/**
 * `<as-equity-awards>` in Chromium against the Node sandbox's Shareworks API, through the host's
 * Shareworks bridge mounted on the test page's origin (scripts/provider-bridges.ts): the
 * signed-in person is fixed per path, `/shareworks-as/<person>`.
 */
import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import {
  createTestUser,
  eventually,
  sandboxControl,
  sessionFixture,
  setPrice,
  textOf,
  type TestUser,
} from '../../test/sandbox.ts';
import { button, focused, press } from '../../test/user.ts';
import { expectFitsNarrow } from '../../test/layout.ts';
import { formatDate, formatMoney, formatNumber } from '../../format/format.ts';
import '../../session/providers/define.ts';
import './define.ts';
import type { AutoSharesEquityAwards } from './equity-awards.ts';
import type { AwardGrants, AwardVesting } from './awards.ts';

type Person = 'dana' | 'riley' | 'misfiled' | 'nobody' | 'throttled';

async function mount(
  person: Person,
  options: { user?: TestUser; symbol?: string } = {},
): Promise<AutoSharesEquityAwards> {
  const session = await sessionFixture(
    html`<as-provider
        name="shareworks"
        endpoint="/shareworks-as/${person}"
        sign-in-url="/login"
      ></as-provider>
      <as-equity-awards symbol=${options.symbol ?? ''}></as-equity-awards>`,
    { user: options.user },
  );
  return session.querySelector('as-equity-awards')!;
}

/** What the bridge answers the person (the figures the element must show). */
async function bridge<T>(person: Person, path: 'me/grants' | 'me/vesting'): Promise<T> {
  const response = await fetch(`/shareworks-as/${person}/${path}`);
  expect(response.status, `${path} of ${person}`).to.equal(200);
  return (await response.json()) as T;
}

const rows = (el: Element) => [
  ...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr[data-grant]'),
];
const row = (el: Element, grantId: number) =>
  el.shadowRoot!.querySelector<HTMLTableRowElement>(`tbody tr[data-grant="${grantId}"]`);
const cell = (el: Element, grantId: number, field: string) =>
  row(el, grantId)?.querySelector(`[data-${field}]`)?.textContent?.replace(/\s+/g, ' ').trim() ??
  '';
const stateOf = (el: Element) =>
  el.shadowRoot?.querySelector('[data-state]')?.getAttribute('data-state') ?? 'content';
const day = (value: string) => formatDate(Date.parse(`${value}T00:00:00Z`), 'en-US', 'UTC');
const shares = (n: number) => `${formatNumber(n, 'en-US')} ${n === 1 ? 'share' : 'shares'}`;

/** Shows the grants (bounded wait). */
async function loaded(el: AutoSharesEquityAwards, count = 1): Promise<void> {
  await eventually(
    () => rows(el).length >= count,
    'grants shown',
    12_000,
    () => textOf(el),
  );
}

/**
 * The API client id of the `throttled` mount: an API key of its own, so its limits change no
 * other mount's.
 */
const throttledClient = (): Promise<string> =>
  executeServerCommand<string, { person: string }>('autoshares-shareworks-client-id', {
    person: 'throttled',
  });

/** The `throttled` mount's Shareworks rate limits for reads: `hits` per `seconds`. */
async function limitReads(hits: number, seconds: number): Promise<unknown> {
  return sandboxControl(
    '/__sandbox/shareworks/settings',
    {
      clientId: await throttledClient(),
      limits: { get: { burstPerSecond: hits / seconds, burstWindowSeconds: seconds } },
    },
    'PUT',
  );
}

/** The seed's read limits again for the `throttled` mount, with no hit counted. */
async function restoreLimits(): Promise<void> {
  await sandboxControl(
    '/__sandbox/shareworks/settings',
    {
      clientId: await throttledClient(),
      limits: { get: { burstPerSecond: 18, burstWindowSeconds: 5 } },
    },
    'PUT',
  );
  await sandboxControl('/__sandbox/shareworks/rate-limit/reset');
}

describe('<as-equity-awards>', () => {
  it("shows every grant with the bridge's vested, unvested and exercised shares, the next vest and the expiry warning", async () => {
    const [grants, vesting] = await Promise.all([
      bridge<AwardGrants>('dana', 'me/grants'),
      bridge<AwardVesting>('dana', 'me/vesting'),
    ]);
    const el = await mount('dana');
    await loaded(el, grants.grants.length);
    expect(rows(el).map((r) => Number(r.dataset.grant))).to.deep.equal(
      grants.grants.map((g) => g.grantId),
    );
    for (const g of grants.grants) {
      expect(cell(el, g.grantId, 'granted'), `${g.grantNumber} granted`).to.equal(
        formatNumber(g.grantedShares, 'en-US'),
      );
      expect(cell(el, g.grantId, 'vested'), `${g.grantNumber} vested`).to.equal(
        formatNumber(g.vestedShares, 'en-US'),
      );
      expect(cell(el, g.grantId, 'unvested'), `${g.grantNumber} unvested`).to.equal(
        formatNumber(g.unvestedShares, 'en-US'),
      );
      expect(cell(el, g.grantId, 'exercised'), `${g.grantNumber} exercised`).to.equal(
        formatNumber(g.exercisedShares, 'en-US'),
      );
      expect(g.vestedShares + g.unvestedShares).to.equal(g.grantedShares);
      if (g.nextVest)
        expect(cell(el, g.grantId, 'next')).to.equal(
          `${day(g.nextVest.date)} ${shares(g.nextVest.shares)}`,
        );
    }
    // the next vest of all grants, prominently
    const next = vesting.nextVest!;
    const summary = el.shadowRoot!.querySelector('[part~="next-vest"]')!;
    expect(summary.querySelector('.next-date')!.textContent!.trim()).to.equal(day(next.date));
    expect(summary.querySelector('.next-shares')!.textContent!.trim()).to.equal(
      shares(next.shares),
    );
    // the timeline starts with it and lists tranches still to vest, soonest first
    const tranches = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="tranche"]')];
    expect(tranches.length).to.be.greaterThan(1);
    expect(tranches[0]!.dataset.date).to.equal(next.date);
    const dates = tranches.map((t) => t.dataset.date!);
    expect([...dates].sort()).to.deep.equal(dates);
    // the grant expiring within 90 days (the seed's NSO) is marked, and counted above the table
    const expiring = grants.grants.filter((g) => {
      const days = (Date.parse(g.expiryDate) - Date.parse(grants.asOf)) / 86_400_000;
      return days >= 0 && days <= 90;
    });
    expect(expiring.length, 'the seed has a grant expiring soon').to.equal(1);
    const soon = expiring[0]!;
    const days = Math.round((Date.parse(soon.expiryDate) - Date.parse(grants.asOf)) / 86_400_000);
    expect(row(el, soon.grantId)!.querySelector('[part~="expiry-badge"]')!.textContent).to.equal(
      `Expires in ${days} days`,
    );
    expect(el.shadowRoot!.querySelectorAll('[part~="expiry-badge"]').length).to.equal(1);
    expect(textOf(el)).to.contain('1 grant expires within 90 days.');
  });

  it('AutoShares signed out: the grants without values, and a note saying why', async () => {
    const el = await mount('dana');
    await loaded(el);
    const note = el.shadowRoot!.querySelector<HTMLElement>('[part~="price-note"]')!;
    expect(note.dataset.note).to.equal('signed-out');
    expect(textOf(el)).to.contain(
      'Values are not shown: sign in to AutoShares to see them at the live price of NVDA.',
    );
    expect(button(el, 'Sign in to AutoShares')).to.not.equal(undefined);
    expect(el.shadowRoot!.querySelector('[data-value]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[data-value-total]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('another declaration by its name (`provider`), figures and dates in the locale (de-DE)', async () => {
    const grants = await bridge<AwardGrants>('dana', 'me/grants');
    const session = await sessionFixture(
      html`<as-provider name="equity" endpoint="/shareworks-as/dana"></as-provider>
        <as-equity-awards provider="equity"></as-equity-awards>`,
      { locale: 'de-DE' },
    );
    const el = session.querySelector('as-equity-awards')!;
    await loaded(el, grants.grants.length);
    const g = grants.grants.find((x) => x.grantedShares >= 1000)!;
    expect(cell(el, g.grantId, 'granted')).to.equal(formatNumber(g.grantedShares, 'de-DE'));
    expect(cell(el, g.grantId, 'granted')).to.contain('.');
    const expiry = row(el, g.grantId)!.querySelector('.col-expiry')!.textContent!.trim();
    expect(expiry).to.equal(formatDate(Date.parse(`${g.expiryDate}T00:00:00Z`), 'de-DE', 'UTC'));
    await eventually(() => textOf(el).includes('Nächste Unverfallbarkeit'), 'in German', 5000);
  });

  describe('signed in to AutoShares', () => {
    let user: TestUser;
    before(async () => {
      user = await createTestUser();
    });

    it('values the vested awards at the live price: share awards × price, options at their intrinsic value', async () => {
      const grants = await bridge<AwardGrants>('dana', 'me/grants');
      const rsu = grants.grants.find((g) => g.awardTypeName === 'RSU')!;
      const option = grants.grants.find(
        (g) => g.grantPrice > 0 && g.vestedShares > g.exercisedShares,
      )!;
      const el = await mount('dana', { user });
      await loaded(el);
      for (const price of [150, 212.5]) {
        await setPrice('NVDA', price);
        const rsuValue = formatMoney(rsu.vestedShares * price, 'en-US');
        const optionValue = formatMoney(
          (price - option.grantPrice) * (option.vestedShares - option.exercisedShares),
          'en-US',
        );
        await eventually(
          () => cell(el, rsu.grantId, 'value').startsWith(rsuValue),
          `RSU valued at ${price}`,
          10_000,
          () => cell(el, rsu.grantId, 'value'),
        );
        await eventually(
          () => cell(el, option.grantId, 'value').startsWith(optionValue),
          `option valued at ${price}`,
          5000,
          () => cell(el, option.grantId, 'value'),
        );
        expect(cell(el, option.grantId, 'value')).to.contain('intrinsic');
        expect(textOf(el)).to.contain(
          `Values at the last price of NVDA, ${formatMoney(price, 'en-US')}`,
        );
      }
      await expect(el).to.be.accessible();
    });

    it('keyboard: the rows are one tab stop, arrows and Home/End move between them, each named by its figures', async () => {
      const el = await mount('dana', { user });
      await loaded(el, 4);
      const isRow = (node: Element | null) =>
        !!node && rows(el).includes(node as HTMLTableRowElement);
      (document.activeElement as HTMLElement | null)?.blur();
      for (let i = 0; i < 10 && !isRow(focused()); i++) await press('Tab');
      expect(focused() === rows(el)[0], 'Tab reaches the first grant').to.equal(true);
      await press('ArrowDown');
      expect(focused() === rows(el)[1], 'ArrowDown: the second grant').to.equal(true);
      await press('End');
      expect(focused() === rows(el).at(-1), 'End: the last grant').to.equal(true);
      await press('Home');
      expect(focused() === rows(el)[0], 'Home: the first grant').to.equal(true);
      const first = rows(el)[0]!;
      const name = first
        .getAttribute('aria-labelledby')!
        .split(' ')
        .map((id) => el.shadowRoot!.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim())
        .join(' ');
      expect(name).to.contain('Vested');
      expect(name).to.contain(cell(el, Number(first.dataset.grant), 'vested'));
      await press('Tab');
      expect(isRow(focused()), 'Tab leaves the rows').to.equal(false);
    });

    it('narrow: fits 280 px, secondary columns dropped, the award type under the grant', async () => {
      const el = await mount('dana', { user });
      await loaded(el);
      // with the value column, the widest the table gets
      await eventually(() => !!el.shadowRoot!.querySelector('[data-value]'), 'valued', 10_000);
      el.style.display = 'block';
      await expectFitsNarrow(el, {
        hidden: () =>
          getComputedStyle(el.shadowRoot!.querySelector('td.col-grant-date')!).display === 'none' &&
          getComputedStyle(el.shadowRoot!.querySelector('.type-inline')!).display === 'block',
        hiddenMessage: 'the grant date hidden, the award type under the grant',
        box: '.table-wrap',
      });
    });
  });

  describe('states', () => {
    it('loading: a skeleton named for what loads, until the grants arrive', async () => {
      const el = await mount('dana');
      expect(stateOf(el)).to.equal('loading');
      expect(textOf(el)).to.contain('Loading equity awards');
      await loaded(el);
    });

    it('signed out of Shareworks: says so, naming Shareworks, with its sign-in button', async () => {
      const el = await mount('nobody');
      await eventually(
        () => stateOf(el) === 'signed-out',
        'signed out',
        10_000,
        () => textOf(el),
      );
      expect(textOf(el)).to.contain('You are not signed in to Shareworks.');
      expect(button(el, 'Sign in to Shareworks')).to.not.equal(undefined);
      expect(rows(el).length).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it("a person the host maps to no awards here: a specific message, and nobody's grants", async () => {
      const el = await mount('misfiled');
      await eventually(
        () => stateOf(el) === 'error',
        'error',
        10_000,
        () => textOf(el),
      );
      const state = el.shadowRoot!.querySelector<HTMLElement>('[data-state="error"]')!;
      expect(state.dataset.reason).to.equal('not-available');
      expect(textOf(el)).to.equal(
        'Shareworks has no equity awards for you here. If you expected some, ask your plan administrator.',
      );
      expect(rows(el).length).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('misconfigured: no shareworks provider on the page says what to add', async () => {
      const session = await sessionFixture(html`<as-equity-awards></as-equity-awards>`);
      const el = session.querySelector('as-equity-awards')!;
      await eventually(() => stateOf(el) === 'misconfigured', 'misconfigured', 5000);
      expect(textOf(el)).to.contain('No shareworks provider on this page');
    });

    describe("Shareworks throttled (the sandbox allows the mount's API key one read per 10 s)", () => {
      afterEach(restoreLimits);

      it('rate limited: says so, naming Shareworks, counts down its Retry-After, then shows the grants', async () => {
        await limitReads(1, 10);
        await sandboxControl('/__sandbox/shareworks/rate-limit/reset');
        // another page of the site reads first and uses the one read allowed
        await fetch('/shareworks-as/throttled/me/grants');
        const el = await mount('throttled');
        await eventually(
          () => stateOf(el) === 'error',
          'rate limited',
          8000,
          () => textOf(el),
        );
        const state = el.shadowRoot!.querySelector<HTMLElement>('[data-state="error"]')!;
        expect(state.dataset.reason).to.equal('rate-limited');
        expect(textOf(el)).to.contain(
          'Rate limited: Shareworks is receiving too many requests right now.',
        );
        expect(textOf(el)).to.match(/Retrying in \d+ s\./);
        // only this mount's API key is throttled: a mount on the shared key reads on (each read
        // asks Shareworks for the holdings, more than one read per 10 s)
        for (let i = 1; i <= 3; i++) {
          const other = await fetch('/shareworks-as/riley/me/grants');
          expect(other.status, `read ${i} through the shared API key`).to.equal(200);
        }
        await restoreLimits();
        await loaded(el);
        // the colleague's grants only (read through another mount: its limits are the seed's)
        const riley = await bridge<AwardGrants>('riley', 'me/grants');
        expect(rows(el).map((r) => Number(r.dataset.grant))).to.deep.equal(
          riley.grants.map((g) => g.grantId),
        );
      }).timeout(20_000);

      it('stale: grants shown stay, marked "Rate limited — showing earlier data", while a refresh is refused', async () => {
        const el = await mount('throttled');
        await loaded(el);
        const before = cell(el, Number(rows(el)[0]!.dataset.grant), 'vested');
        await limitReads(1, 10);
        await sandboxControl('/__sandbox/shareworks/rate-limit/reset');
        await fetch('/shareworks-as/throttled/me/grants');
        el.session!.client.queries.invalidate(['provider', 'shareworks']);
        await eventually(
          () => !!el.shadowRoot!.querySelector('[part~="stale"][data-reason="rate-limited"]'),
          'marked stale',
          8000,
          () => textOf(el),
        );
        expect(textOf(el)).to.contain('Rate limited — showing earlier data');
        expect(cell(el, Number(rows(el)[0]!.dataset.grant), 'vested')).to.equal(before);
        await expect(el).to.be.accessible();
      }).timeout(20_000);
    });
  });
});
