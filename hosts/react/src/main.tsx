// A React app on the packed @autoshares/react: a session and a watchlist whose row selections
// reach React state through the typed onSymbolSelect prop (each one listed once). The host's backend hands the
// API URL, app key and the user's token (here `/session.json`, served by the test).
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Session, Watchlist } from '@autoshares/react';

interface Config {
  apiUrl: string;
  appKey: string;
  token: string;
}

function App({ apiUrl, appKey, token }: Config) {
  const [selected, setSelected] = useState<string[]>([]);
  return (
    <Session baseUrl={apiUrl} appKey={appKey} token={token} locale="en-US">
      <p role="status">{selected.length ? `Selected: ${selected.join(', ')}` : 'Pick a row.'}</p>
      <Watchlist
        linkGroup="desk"
        onSymbolSelect={(event) => setSelected((s) => [...s, event.symbol])}
      />
    </Session>
  );
}

const config = (await (await fetch('/session.json')).json()) as Config;
createRoot(document.getElementById('root')!).render(<App {...config} />);
