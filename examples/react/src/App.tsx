/**
 * A small trading screen in React: the watchlist drives the quote and the order ticket through
 * a link group, and React state follows the selection through the typed `onSymbolSelect` prop.
 */
import { useState } from 'react';
import { OrderTicket, Quote, Session, Watchlist } from '@autoshares/react';

export interface AppProps {
  /** The AutoShares API base URL (the sandbox's, in the example). */
  apiUrl: string;
  appKey: string;
  /** The signed-in user's bearer token, from the host app's own login. */
  token?: string;
}

export function App({ apiUrl, appKey, token }: AppProps) {
  const [selected, setSelected] = useState<string | undefined>();
  const [lastOrder, setLastOrder] = useState<string | undefined>();
  return (
    <Session baseUrl={apiUrl} appKey={appKey} token={token} locale="en-US">
      <main style={{ display: 'grid', gap: 16, maxWidth: 960, margin: '0 auto' }}>
        <p role="status">{selected ? `Selected: ${selected}` : 'Pick a row of the watchlist.'}</p>
        {/* React sets props again on every render, so a prop a link group also changes is
            passed from state (a constant symbol="AAPL" would undo each selection). */}
        <Quote symbol={selected ?? 'AAPL'} linkGroup="desk" />
        <Watchlist linkGroup="desk" onSymbolSelect={(event) => setSelected(event.symbol)} />
        <OrderTicket
          linkGroup="desk"
          onOrderPlaced={(event) => setLastOrder(`#${event.order.orderId} ${event.order.symbol}`)}
        />
        {lastOrder && <p>Last order: {lastOrder}</p>}
      </main>
    </Session>
  );
}
