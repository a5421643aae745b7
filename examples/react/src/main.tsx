/**
 * Runs the example offline: the whole AutoShares sandbox inside the page (MSW), a fresh demo
 * user, then the React app. A real app passes its own API URL, app key and the user's token.
 */
import { startBrowserSandbox } from '@autoshares/sandbox/browser';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';

const { apiUrl } = await startBrowserSandbox();
const control = apiUrl.replace(/\/api$/, '/__sandbox');
const user = (await (await fetch(`${control}/users`, { method: 'POST' })).json()) as {
  appKey: string;
  token: string;
};

createRoot(document.getElementById('root')!).render(
  <App apiUrl={apiUrl} appKey={user.appKey} token={user.token} />,
);
