/**
 * The React example rendered by React 19 in Chromium against the Node sandbox: the wrappers
 * pass props to the elements and deliver their events to typed React handlers.
 */
import { expect } from '@open-wc/testing';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import {
  createTestUser,
  eventually,
  sandbox,
  textOf,
  type TestUser,
} from '../../packages/widgets/src/test/sandbox.ts';
import type { SymbolSelectEvent } from '@autoshares/widgets';
import { App } from './src/App.tsx';
import { Session, Watchlist } from '@autoshares/react';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const rowsOf = (watchlist: Element) => [
  ...watchlist.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr'),
];

describe('React example', () => {
  let user: TestUser;
  let container: HTMLElement;
  let root: Root;
  beforeEach(async () => {
    user = await createTestUser();
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  it('renders the app; a watchlist row click reaches React state through onSymbolSelect', async () => {
    act(() =>
      root.render(<App apiUrl={sandbox().apiUrl} appKey={user.appKey} token={user.token} />),
    );
    const session = container.querySelector('as-session')!;
    expect(session.getAttribute('token'), 'the token stays a property').to.equal(null);
    const watchlist = container.querySelector('as-watchlist')!;
    const quote = container.querySelector('as-quote')!;
    await eventually(
      () => rowsOf(watchlist).length > 0,
      'the watchlist shows the user’s list',
      8000,
    );
    await eventually(() => textOf(quote).includes('AAPL'), 'the quote shows AAPL');

    const msft = rowsOf(watchlist).find((row) => row.dataset.symbol === 'MSFT')!;
    await act(async () => msft.querySelector('td')!.click());
    await eventually(
      () => container.querySelector('[role="status"]')?.textContent === 'Selected: MSFT',
      'React state shows the selected symbol',
    );
    // The link group carried the selection to the quote as well.
    await eventually(() => textOf(quote).includes('MSFT'), 'the quote follows to MSFT');
  });

  it('types the event prop: the handler gets the SymbolSelectEvent itself', async () => {
    const events: SymbolSelectEvent[] = [];
    act(() =>
      root.render(
        <Session baseUrl={sandbox().apiUrl} appKey={user.appKey} token={user.token}>
          <Watchlist onSymbolSelect={(event) => events.push(event)} />
        </Session>,
      ),
    );
    const watchlist = container.querySelector('as-watchlist')!;
    await eventually(() => rowsOf(watchlist).length > 0, 'rows', 8000);
    const first = rowsOf(watchlist)[0]!;
    await act(async () => first.querySelector('td')!.click());
    await eventually(() => events.length === 1, 'one event');
    expect(events[0]!.type).to.equal('as-symbol-select');
    expect(events[0]!.symbol).to.equal(first.dataset.symbol);
    expect(events[0]!.securityId).to.be.a('number');
  });
});
