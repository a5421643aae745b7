/**
 * Option positions in the positions and P&L tables: named as a contract in words, valued at
 * the contract size (premium × 100 × contracts), and a chosen row links its underlying.
 */
import { expect, html } from '@open-wc/testing';
import '../../test/probe-element.ts';
import type { TestProbe } from '../../test/probe-element.ts';
import {
  createTestUser,
  eventually,
  sandbox,
  setPrice,
  textOf,
  type TestUser,
} from '../../test/sandbox.ts';
import { mountElement } from '../../test/states.ts';
import '../pnl-leaders/define.ts';
import './define.ts';
import type { AutoSharesPositions } from './positions.ts';
import { restPlace } from './portfolio.test-support.ts';

const mount = mountElement<AutoSharesPositions>(
  'as-positions',
  html`<as-positions link-group="opt-pos"></as-positions>
    <as-test-probe link-group="opt-pos"></as-test-probe>
    <as-pnl-leaders limit="20"></as-pnl-leaders>`,
);

const row = (root: Element, symbol: string) =>
  [...root.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr')].find(
    (r) => r.dataset.symbol === symbol,
  );
const cellText = (root: Element, symbol: string, column: string) =>
  row(root, symbol)?.querySelector(`.col-${column}`)?.textContent?.trim() ?? '';
const amount = (text: string) => Number(text.replace(/[▲▼$,\s+%]/g, '').replace('\u2212', '-'));

/** A QQQ call near the money, as the chain lists it. */
async function qqqCall(user: TestUser): Promise<string> {
  const response = await fetch(
    `${sandbox().apiUrl}/v1.0/options/optionChain/QQQ?filter=${encodeURIComponent('Range = 1')}`,
    { headers: { 'Et-App-Key': user.appKey, Authorization: `Bearer ${user.token}` } },
  );
  const chain = (await response.json()) as {
    Expirations: { Options: { Symbol: string; OptionType: string }[] }[];
  };
  return chain.Expirations[0]!.Options.find((o) => o.OptionType === 'Call')!.Symbol;
}

describe('option positions', () => {
  let user: TestUser;
  beforeEach(async () => {
    user = await createTestUser();
  });

  it('shows a contract in words, valued at 100 shares a contract; choosing it links the underlying', async () => {
    const symbol = await qqqCall(user);
    await restPlace(user, { Symbol: symbol, Type: 'Market', Side: 'Buy', Quantity: 3 });
    const { el, session } = await mount(user);
    await eventually(
      () => !!row(el, symbol),
      'the option position',
      10000,
      () => textOf(el),
    );
    const strike = Number(symbol.slice(-8)) / 1000;
    expect(cellText(el, symbol, 'symbol')).to.match(new RegExp(`^QQQ .+ ${strike} Call$`));
    expect(cellText(el, symbol, 'quantity'), 'contracts × multiplier').to.equal('3 × 100');
    await eventually(
      () => /\d/.test(cellText(el, symbol, 'last')),
      'a live price for the contract',
      8000,
    );
    // value and price read in the same task: both cells follow the same quote
    const last = amount(cellText(el, symbol, 'last'));
    const value = amount(cellText(el, symbol, 'marketValue'));
    expect(value).to.be.closeTo(last * 3 * 100, 0.01);

    row(el, symbol)!.click();
    const probe = session.querySelector<TestProbe>('as-test-probe')!;
    await eventually(() => probe.linked?.symbol === 'QQQ', 'the underlying linked');

    // a contract worth a dollar more than it cost is a gainer
    await setPrice(symbol, amount(cellText(el, symbol, 'average')) + 1);
    const leaders = session.querySelector('as-pnl-leaders')!;
    await eventually(
      () =>
        [...leaders.shadowRoot!.querySelectorAll('tbody th')].some((th) =>
          new RegExp(`^QQQ .+ ${strike} Call$`).test(th.textContent!.trim()),
        ),
      'the contract among the gainers',
      10000,
      () => textOf(leaders),
    );
  });
});
