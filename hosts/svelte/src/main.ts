// A Svelte 5 app on the packed @autoshares/widgets: the elements are defined before Svelte
// mounts, so Svelte sets their properties (the token stays a property).
import '@autoshares/widgets/session.js';
import '@autoshares/widgets/watchlist.js';
import { mount } from 'svelte';
import App from './App.svelte';

const config = (await (await fetch('/session.json')).json()) as {
  apiUrl: string;
  appKey: string;
  token: string;
};
mount(App, { target: document.getElementById('app')!, props: config });
